package org.drools.ruleunits.impl;

import java.lang.reflect.Method;
import java.util.Map;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieModuleKieProject;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitData;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Compiles a rule unit from DRL texts held in memory (a changed copy of the rulebook), the way Drools
 * compiles a unit's files from the classpath outside Quarkus. Lives in Drools' package for the two
 * package-private steps it reuses.
 */
public final class RuleUnitsFromText {
    private RuleUnitsFromText() {}

    @SuppressWarnings("unchecked")
    public static <T extends RuleUnitData> RuleUnit<T> compile(Class<T> unit, Map<String, String> drlFiles) {
        KieServices ks = KieServices.get();
        KieFileSystem files = ks.newKieFileSystem();
        String folder = "src/main/resources/" + unit.getPackageName().replace('.', '/') + "/";
        drlFiles.forEach((name, text) -> files.write(folder + name, text));
        KieBuilder builder = ks.newKieBuilder(files);
        InternalKieModule module = (InternalKieModule) builder.getKieModule(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalArgumentException(
                    "the DRL does not compile: " + builder.getResults().getMessages());
        }
        KieModuleKieProject project = RuleUnitProviderImpl.createRuleUnitKieProject(module, true);
        try {
            Method load = RuleUnitProviderImpl.class.getDeclaredMethod("loadRuleUnits", ClassLoader.class);
            load.setAccessible(true);
            Map<String, RuleUnit<?>> units =
                    (Map<String, RuleUnit<?>>) load.invoke(new RuleUnitProviderImpl(), project.getClassLoader());
            RuleUnit<?> found = units.get(unit.getCanonicalName());
            if (found == null) {
                throw new IllegalStateException("no unit " + unit.getCanonicalName() + " among " + units.keySet());
            }
            return (RuleUnit<T>) found;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
