package org.casebook.structure;

import java.util.Comparator;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** A Mermaid diagram of the modules and their direct dependencies, which renders where PlantUML does not. */
final class ModuleDiagram {
    private ModuleDiagram() {}

    static String mermaid(ApplicationModules modules) {
        StringBuilder out = new StringBuilder("""
                # Modules of Casebook

                Generated from the code by `ModularityTest`; do not edit. An arrow points from a module to a module it
                uses. `ledger.proof` is the one subpackage other modules may use (a named interface).

                ```mermaid
                flowchart TD
                """);
        modules.stream()
                .sorted(Comparator.comparing(ApplicationModule::getIdentifier))
                .forEach(module -> module.getDirectDependencies(modules)
                        .uniqueModules()
                        .map(target -> target.getIdentifier().toString())
                        .distinct()
                        .sorted()
                        .forEach(target -> out.append("    ")
                                .append(module.getIdentifier())
                                .append(" --> ")
                                .append(target)
                                .append('\n')));
        out.append("```\n");
        return out.toString();
    }
}
