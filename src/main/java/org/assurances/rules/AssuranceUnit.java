package org.assurances.rules;

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
 * inserted logically (withdrawn by the engine when what it rests on changes), and {@code runs} the history of
 * each determination's status, which the session writes as it moves from day to day.
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
    private final DataStore<Finding> conditions = DataSource.createStore();
    private final DataStore<Verdict> determinations = DataSource.createStore();
    private final DataStore<Remark> remarks = DataSource.createStore();
    private final DataStore<Undertaking> pledges = DataSource.createStore();
    private final DataStore<Word> words = DataSource.createStore();
    private final DataStore<Verification> checks = DataSource.createStore();
    private final DataStore<Verification> undatedConfirmations = DataSource.createStore();
    private final DataStore<Safeguard> disqualified = DataSource.createStore();
    private final DataStore<Safeguard> longTermAnswers = DataSource.createStore();
    private final DataStore<Breach> breaches = DataSource.createStore();
    private final DataStore<Breach> unplaced = DataSource.createStore();
    private final DataStore<Incident> aggressions = DataSource.createStore();
    private final DataStore<Undertaking> il28Words = DataSource.createStore();
    private final DataStore<Undertaking> reasonablePromises = DataSource.createStore();
    private final DataStore<Undertaking> lapsedPromises = DataSource.createStore();
    private final DataStore<UsAction> liftings = DataSource.createStore();
    private final DataStore<Safeguard> longTerm = DataSource.createStore();
    private final DataStore<Terms> terms = DataSource.createStore();
    private final DataStore<Run> runs = DataSource.createStore();
    private final DataStore<Standing> standings = DataSource.createStore();
    private final DataStore<Choice> choices = DataSource.createStore();
    private final DataStore<Reading> readings = DataSource.createStore();

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

    public DataStore<Finding> getConditions() {
        return conditions;
    }

    public DataStore<Verdict> getDeterminations() {
        return determinations;
    }

    public DataStore<Remark> getRemarks() {
        return remarks;
    }

    /** The history of each determination's status, day by day, as the session moved (kept by the engine's session). */
    public DataStore<Run> getRuns() {
        return runs;
    }

    /** The alternatives the fact set chose for readings the documents leave open, as posted. */
    public DataStore<Choice> getChoices() {
        return choices;
    }

    /** The readings in force: a chosen alternative, or the default its declaring rule gives. */
    public DataStore<Reading> getReadings() {
        return readings;
    }

    public DataStore<Standing> getStandings() {
        return standings;
    }

    public DataStore<Undertaking> getPledges() {
        return pledges;
    }

    public DataStore<Word> getWords() {
        return words;
    }

    public DataStore<Verification> getChecks() {
        return checks;
    }

    public DataStore<Verification> getUndatedConfirmations() {
        return undatedConfirmations;
    }

    public DataStore<Safeguard> getDisqualified() {
        return disqualified;
    }

    public DataStore<Safeguard> getLongTermAnswers() {
        return longTermAnswers;
    }

    public DataStore<Breach> getBreaches() {
        return breaches;
    }

    public DataStore<Breach> getUnplaced() {
        return unplaced;
    }

    public DataStore<Incident> getAggressions() {
        return aggressions;
    }

    public DataStore<Undertaking> getIl28Words() {
        return il28Words;
    }

    public DataStore<Undertaking> getReasonablePromises() {
        return reasonablePromises;
    }

    public DataStore<Undertaking> getLapsedPromises() {
        return lapsedPromises;
    }

    public DataStore<UsAction> getLiftings() {
        return liftings;
    }

    public DataStore<Safeguard> getLongTerm() {
        return longTerm;
    }

    public DataStore<Terms> getTerms() {
        return terms;
    }
}
