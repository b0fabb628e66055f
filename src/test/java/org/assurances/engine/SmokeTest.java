package org.assurances.engine;

import java.time.LocalDate;
import java.util.List;
import org.assurances.facts.*;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() throws Exception {
        var r = new Evaluator().evaluate(new FactSet(LocalDate.of(1962, 11, 13), List.of(
            new WeaponSystem(SystemKind.MRBM, SystemStatus.REMOVED, null, null))));
        System.out.println("SMOKE " + new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().writerWithDefaultPrettyPrinter().writeValueAsString(r));
    }
}
