package org.assurances.engine;

import org.assurances.facts.Declaration;
import org.assurances.facts.Incident;
import org.assurances.facts.Safeguard;
import org.assurances.facts.Undertaking;
import org.assurances.facts.UsAction;
import org.assurances.facts.Verification;
import org.assurances.facts.WeaponSystem;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

/**
 * The rule unit every DRL file in {@code src/main/resources/rules} belongs to. The first stores hold
 * the posted facts in force as of the date; the others hold what the rules conclude from them, each
 * inserted logically (withdrawn by the engine when what it rests on changes).
 */
public class AssuranceUnit implements RuleUnitData {
    private final DataStore<AsOf> asOf = DataSource.createStore();
    private final DataStore<WeaponSystem> weaponSystems = DataSource.createStore();
    private final DataStore<Verification> verifications = DataSource.createStore();
    private final DataStore<Undertaking> undertakings = DataSource.createStore();
    private final DataStore<Safeguard> safeguards = DataSource.createStore();
    private final DataStore<Declaration> declarations = DataSource.createStore();
    private final DataStore<UsAction> usActions = DataSource.createStore();
    private final DataStore<Incident> incidents = DataSource.createStore();

    private final DataStore<WeaponSystem> latestSystems = DataSource.createStore();
    private final DataStore<Undertaking> promises = DataSource.createStore();
    private final DataStore<Safeguard> stances = DataSource.createStore();
    private final DataStore<SystemState> systemStates = DataSource.createStore();
    private final DataStore<Departure> departures = DataSource.createStore();
    private final DataStore<Removal> removals = DataSource.createStore();
    private final DataStore<CubanAnswer> answers = DataSource.createStore();
    private final DataStore<Safeguard> inspections = DataSource.createStore();
    private final DataStore<Finding> findings = DataSource.createStore();
    private final DataStore<Verdict> verdicts = DataSource.createStore();
    private final DataStore<Remark> remarks = DataSource.createStore();

    public DataStore<AsOf> getAsOf() {
        return asOf;
    }

    public DataStore<WeaponSystem> getWeaponSystems() {
        return weaponSystems;
    }

    public DataStore<Verification> getVerifications() {
        return verifications;
    }

    public DataStore<Undertaking> getUndertakings() {
        return undertakings;
    }

    public DataStore<Safeguard> getSafeguards() {
        return safeguards;
    }

    public DataStore<Declaration> getDeclarations() {
        return declarations;
    }

    public DataStore<UsAction> getUsActions() {
        return usActions;
    }

    public DataStore<Incident> getIncidents() {
        return incidents;
    }

    public DataStore<WeaponSystem> getLatestSystems() {
        return latestSystems;
    }

    public DataStore<Undertaking> getPromises() {
        return promises;
    }

    public DataStore<Safeguard> getStances() {
        return stances;
    }

    public DataStore<SystemState> getSystemStates() {
        return systemStates;
    }

    public DataStore<Departure> getDepartures() {
        return departures;
    }

    public DataStore<Removal> getRemovals() {
        return removals;
    }

    public DataStore<CubanAnswer> getAnswers() {
        return answers;
    }

    public DataStore<Safeguard> getInspections() {
        return inspections;
    }

    public DataStore<Finding> getFindings() {
        return findings;
    }

    public DataStore<Verdict> getVerdicts() {
        return verdicts;
    }

    public DataStore<Remark> getRemarks() {
        return remarks;
    }
}
