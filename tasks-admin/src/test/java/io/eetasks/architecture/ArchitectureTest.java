package io.eetasks.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages of EE Tasks and the directions in which they may depend on each other
 * (docs/architecture.md). It lives in tasks-admin because this module sees every runtime package:
 * tasks-api, tasks-bridge, tasks-amqp and tasks-ejb. Only production classes are imported.
 */
@AnalyzeClasses(packages = "io.eetasks", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** No two runtime packages (with their subpackages) depend on each other, directly or around a cycle. */
    @ArchTest
    static final ArchRule runtimePackagesAreFreeOfCycles = slices()
            .matching("io.eetasks.runtime.(*)..")
            .should().beFreeOfCycles();

    /** The layers, low to high; a layer may use only the layers it names (docs/architecture.md). */
    @ArchTest
    static final ArchRule runtimeLayers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("settings").definedBy("io.eetasks.runtime.settings..")
            .layer("config").definedBy("io.eetasks.runtime.config..")
            .layer("store").definedBy("io.eetasks.runtime.store..")
            .layer("transaction").definedBy("io.eetasks.runtime.transaction..")
            .layer("tracing").definedBy("io.eetasks.runtime.tracing..")
            .layer("transport").definedBy("io.eetasks.runtime.messaging..")
            .layer("queues").definedBy("io.eetasks.runtime.queues..")
            .layer("metrics").definedBy("io.eetasks.runtime.metrics..")
            .layer("dispatch").definedBy("io.eetasks.runtime.dispatch..")
            .layer("awaiting").definedBy("io.eetasks.runtime.awaiting..")
            .layer("limits").definedBy("io.eetasks.runtime.limits..")
            .layer("submission").definedBy("io.eetasks.runtime.submission..")
            .layer("execution").definedBy("io.eetasks.runtime.execution..")
            .layer("workflow").definedBy("io.eetasks.runtime.workflow..")
            .layer("cleanup").definedBy("io.eetasks.runtime.cleanup..")
            .layer("cluster").definedBy("io.eetasks.runtime.cluster..")
            .layer("scheduling").definedBy("io.eetasks.runtime.scheduling..")
            .layer("facade").definedBy("io.eetasks.runtime.facade..")
            .layer("health").definedBy("io.eetasks.runtime.health..")
            .layer("readmodel").definedBy("io.eetasks.runtime.readmodel..")
            .layer("lifecycle").definedBy("io.eetasks.runtime.lifecycle..")
            .layer("admin").definedBy("io.eetasks.admin..")

            .whereLayer("settings").mayNotAccessAnyLayer()
            .whereLayer("config").mayOnlyAccessLayers("settings")
            .whereLayer("store").mayNotAccessAnyLayer()
            .whereLayer("transaction").mayNotAccessAnyLayer()
            .whereLayer("tracing").mayOnlyAccessLayers("store")
            .whereLayer("transport").mayOnlyAccessLayers("settings")
            .whereLayer("queues").mayOnlyAccessLayers("settings")
            .whereLayer("metrics").mayOnlyAccessLayers("config", "store", "transaction", "transport", "queues")
            .whereLayer("dispatch").mayOnlyAccessLayers("config", "store", "transaction", "metrics")
            .whereLayer("awaiting").mayOnlyAccessLayers("config", "store", "transaction")
            .whereLayer("limits").mayOnlyAccessLayers("store", "transaction", "metrics", "dispatch")
            .whereLayer("submission").mayOnlyAccessLayers("config", "store", "tracing", "metrics", "dispatch")
            .whereLayer("execution").mayOnlyAccessLayers("config", "store", "transaction", "tracing", "queues",
                    "metrics", "awaiting", "submission", "limits")
            .whereLayer("workflow").mayOnlyAccessLayers("store", "metrics", "awaiting", "submission", "execution")
            .whereLayer("cleanup").mayOnlyAccessLayers("config", "store")
            .whereLayer("cluster").mayOnlyAccessLayers("config", "store", "queues", "dispatch", "execution")
            .whereLayer("scheduling").mayOnlyAccessLayers("config", "store", "dispatch", "submission", "cluster")
            .whereLayer("facade").mayOnlyAccessLayers("config", "store", "queues", "dispatch",
                    "awaiting", "submission", "execution", "workflow", "scheduling", "limits")
            .whereLayer("facade").mayOnlyBeAccessedByLayers("lifecycle", "admin")
            .whereLayer("health").mayOnlyAccessLayers("settings", "config", "transport", "queues", "scheduling")
            .whereLayer("readmodel").mayOnlyAccessLayers("settings", "config", "store", "queues", "metrics", "limits")
            .whereLayer("readmodel").mayOnlyBeAccessedByLayers("admin")
            .whereLayer("lifecycle").mayNotBeAccessedByAnyLayer()
            .whereLayer("admin").mayNotBeAccessedByAnyLayer();

    /** Execution runs tasks and records their outcomes; what follows an outcome depends on it, not the reverse. */
    @ArchTest
    static final ArchRule executionDoesNotReachUp = noClasses()
            .that().resideInAPackage("io.eetasks.runtime.execution..")
            .should().dependOnClassesThat().resideInAnyPackage("io.eetasks.runtime.workflow..",
                    "io.eetasks.runtime.scheduling..", "io.eetasks.runtime.cluster..", "io.eetasks.runtime.facade..",
                    "io.eetasks.runtime.lifecycle..");

    /**
     * The console reads through the runtime's read model (io.eetasks.runtime.readmodel), never the
     * tables: it uses neither the store nor JPA.
     */
    @ArchTest
    static final ArchRule consoleDoesNotReachIntoTheStore = noClasses()
            .that().resideInAPackage("io.eetasks.admin..")
            .should().dependOnClassesThat().resideInAnyPackage("io.eetasks.runtime.store..", "jakarta.persistence..");

    /** Each runtime package lives in one jar (or classes folder): no package is split across two. */
    @ArchTest
    static void eachRuntimePackageLivesInOneJar(JavaClasses classes) {
        Map<String, Set<String>> origins = new TreeMap<>();
        for (JavaClass javaClass : classes) {
            if (javaClass.getPackageName().startsWith("io.eetasks.runtime")) {
                javaClass.getSource().ifPresent(source -> origins
                        .computeIfAbsent(javaClass.getPackageName(), name -> new TreeSet<>())
                        .add(origin(source.getUri().toString(), javaClass.getPackageName())));
            }
        }
        assertThat(origins).as("the runtime's packages").isNotEmpty();
        origins.forEach((name, from) -> assertThat(from).as("where package %s comes from", name).hasSize(1));
    }

    /** The jar or folder a class was read from: its address up to its package's path. */
    private static String origin(String uri, String packageName) {
        int path = uri.indexOf(packageName.replace('.', '/') + "/");
        return path < 0 ? uri : uri.substring(0, path);
    }

    /** The public API (tasks-api: io.eetasks, io.eetasks.spi) knows nothing of the bridge or the runtime. */
    @ArchTest
    static final ArchRule apiStandsAlone = noClasses()
            .that().resideInAnyPackage("io.eetasks", "io.eetasks.spi..")
            .should().dependOnClassesThat().resideInAnyPackage("io.eetasks.bridge..", "io.eetasks.runtime..",
                    "io.eetasks.admin..");

    /** The bridge (deployed in the applications' module) does not reach into the runtime. */
    @ArchTest
    static final ArchRule bridgeDoesNotReachIntoTheRuntime = noClasses()
            .that().resideInAPackage("io.eetasks.bridge..")
            .should().dependOnClassesThat().resideInAnyPackage("io.eetasks.runtime..", "io.eetasks.admin..");
}
