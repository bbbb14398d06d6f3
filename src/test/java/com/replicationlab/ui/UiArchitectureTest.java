package com.replicationlab.ui;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.application.Platform;
import javafx.scene.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@DisplayName("The window's own rules (STYLE.md, the JavaFX side)")
class UiArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.replicationlab");
    }

    @Test
    @DisplayName("one door to the FX thread: only UiExecutor calls Platform.runLater")
    void oneDoorToTheFxThread() {
        noClasses().that().doNotHaveFullyQualifiedName(UiExecutor.class.getName())
                .should().callMethod(Platform.class, "runLater", Runnable.class)
                .because("everything the lab thread hands the window goes through one executor, which tests replace")
                .check(classes);
    }

    @Test
    @DisplayName("styling is in CSS: no inline setStyle")
    void noInlineStyles() {
        noClasses().that().resideInAPackage("com.replicationlab.ui..")
                .should().callMethod(Node.class, "setStyle", String.class)
                .because("themes (light, dark, presentation) are one stylesheet each of looked-up colours")
                .check(classes);
    }

    @Test
    @DisplayName("only the lab-thread side of the window (ui.session) calls the lab")
    void labOnlyThroughTheRunner() {
        noClasses().that().resideInAPackage("com.replicationlab.ui..")
                .and().resideOutsideOfPackage("com.replicationlab.ui.session..")
                .should().callMethodWhere(DescribedPredicate.describe("a method of Lab",
                        call -> call.getTargetOwner().getName().equals("com.replicationlab.lab.Lab")))
                .because("only the lab thread touches the lab: the window reads snapshots and sends actions")
                .check(classes);
    }
}
