package org.casecoordination;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of issue 16, verified from the byte code: each direct sub-package of
 * {@code org.casecoordination} is an application module; no cycles between modules, no module reaching into another's
 * internals (anything outside its base package or a named interface). Also writes the module documentation
 * (component diagram and one canvas per module, PlantUML text) into target/spring-modulith-docs.
 */
class ModularityTests {

    /** The main classes only, also when a parallel build writes to another folder than target/ (-Dbuild.dir). */
    static final ApplicationModules MODULES = ApplicationModules.of(CaseCoordinationApplication.class,
            location -> !location.contains("/test-classes/"));

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublishedTypes() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
