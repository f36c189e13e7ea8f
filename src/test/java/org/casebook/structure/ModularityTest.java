package org.casebook.structure;

import org.casebook.CasebookApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        ApplicationModules.of(CasebookApplication.class).verify();
    }
}
