package org.assurances.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.assurances.scenarios.ScenarioLibrary;

/** The shipped scenarios, read once. */
public class Library {
    @Produces
    @Singleton
    ScenarioLibrary scenarios() {
        return new ScenarioLibrary();
    }
}
