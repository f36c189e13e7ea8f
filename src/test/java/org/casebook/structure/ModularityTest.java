package org.casebook.structure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebook.CasebookApplication;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonEdits;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module rules of docs/architecture.md: no cycles between modules, no module reaching into another's internals
 * (subpackages other than a declared named interface), and the use cases that have one door keep it.
 */
class ModularityTest {
    static final ApplicationModules MODULES = ApplicationModules.of(CasebookApplication.class);
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.casebook");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void screensAreAboveEveryCapability() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.casebook.screens..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.casebook.screens..")
                .because("pages that combine capabilities live above them")
                .check(MAIN);
    }

    @Test
    void pureCodeHasNoSpringAndNoDatabase() {
        noClasses()
                .that()
                .resideInAnyPackage("org.casebook.names..", "org.casebook.status..", "org.casebook.ledger.proof..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "jakarta..", "org.casebook.database..")
                .because("name keys, status rules and proofs are pure code, tested and run on their own")
                .check(MAIN);
    }

    @Test
    void personsAreAddedOnlyThroughPersonIntake() {
        ArchRule oneDoor = noClasses()
                .that()
                .resideOutsideOfPackages("org.casebook.intake..", "org.casebook.person..")
                .should()
                .callMethod(PersonEdits.class, "create", PersonCommand.class, String.class)
                .because("every door (form, API, report, article, demo) adds a person through PersonIntake");
        oneDoor.check(MAIN);
        assertThat(MAIN.get(PersonEdits.class).getMethodCallsToSelf())
                .as("the rule looks at real calls")
                .anyMatch(call -> call.getOriginOwner().getPackageName().equals("org.casebook.intake"));
    }

    /**
     * The diagrams in docs/modules are generated from the code: this writes them and fails when what was committed
     * differs, so the committed diagram is never stale (run the test once and commit what it wrote).
     */
    @Test
    void committedModuleDiagramsAreCurrent() throws IOException {
        Path generated = Path.of("target/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml();
        Files.writeString(generated.resolve("modules.md"), ModuleDiagram.mermaid(MODULES));
        Path docs = Path.of("docs/modules");
        Files.createDirectories(docs);
        List<String> stale = new ArrayList<>();
        for (String name : List.of("components.puml", "modules.md")) {
            String fresh = Files.readString(generated.resolve(name));
            Path committed = docs.resolve(name);
            // Modulith writes the diagram's lines in no fixed order; the same lines are the same diagram.
            if (!Files.exists(committed)
                    || !sortedLines(Files.readString(committed)).equals(sortedLines(fresh))) {
                Files.writeString(committed, fresh);
                stale.add(name);
            }
        }
        assertThat(stale)
                .as("module diagrams were stale and have been rewritten in docs/modules: commit them")
                .isEmpty();
    }

    private static List<String> sortedLines(String text) {
        return text.lines().sorted().toList();
    }
}
