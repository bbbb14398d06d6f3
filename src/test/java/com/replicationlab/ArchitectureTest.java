package com.replicationlab;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@DisplayName("Architecture: the layers of DESIGN.md, kept by tests")
class ArchitectureTest {
    private static final String[] ENGINE = {"com.replicationlab.resp..", "com.replicationlab.store..",
            "com.replicationlab.command..", "com.replicationlab.server..", "com.replicationlab.replication..",
            "com.replicationlab.time.."};
    /** The only places that may read the real clock, start threads or make unseeded randomness. */
    private static final String[] ADAPTERS = {"com.replicationlab.net..", "com.replicationlab.live..",
            "com.replicationlab.cli..", "com.replicationlab.ui.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.replicationlab");
    }

    @Test
    @DisplayName("the engine knows nothing of JavaFX, the lab, scripts or the window")
    void engineStandsAlone() {
        ArchRule rule = noClasses().that().resideInAnyPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.replicationlab.lab..",
                        "com.replicationlab.script..", "com.replicationlab.lesson..", "com.replicationlab.ui..",
                        "com.replicationlab.live..", "com.replicationlab.cli..")
                .because("the engine must run the same over TCP and in the lab, with or without a window");
        rule.check(classes);
    }

    @Test
    @DisplayName("the lab does not depend on the window or on real time")
    void labIsHeadless() {
        noClasses().that().resideInAPackage("com.replicationlab.lab..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.replicationlab.ui..",
                        "com.replicationlab.live..", "com.replicationlab.net..")
                .because("a lab run is a pure function of its seed and actions").check(classes);
    }

    @Test
    @DisplayName("the window reads snapshots and sends actions; it never reaches into engine internals")
    void uiUsesSeams() {
        noClasses().that().resideInAPackage("com.replicationlab.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.replicationlab.replication..",
                        "com.replicationlab.store..", "com.replicationlab.resp..", "com.replicationlab.server..",
                        "io.netty..")
                .because("views draw immutable snapshots and the lab thread owns engine state")
                .check(classes);
    }

    @Test
    @DisplayName("only adapters read the system clock")
    void noWallClockInEngine() {
        noClasses().that().resideOutsideOfPackages(ADAPTERS)
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .because("engine and lab read time through a Clock, so virtual time works").check(classes);
    }

    @Test
    @DisplayName("only adapters start threads or make unseeded random sources")
    void noThreadsOrUnseededRandomness() {
        noClasses().that().resideOutsideOfPackages(ADAPTERS)
                .should().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callConstructor(Random.class)
                .because("one lab thread owns all engine state, and randomness comes from the lab's seed").check(classes);
    }
}
