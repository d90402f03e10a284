package io.eetasks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application compiles against tasks-api and the Jakarta EE API alone: the bridge, which holds the
 * registry, is never on its compile path.
 */
class ApplicationCompilesAgainstApiTest {

    @TempDir
    Path output;

    @Test
    void anApplicationUsingEveryEntryPointCompilesWithTheApiAlone() throws Exception {
        Path source = Path.of(getClass().getResource("/application/Reports.java").toURI());

        assertThat(compile(Files.readString(source))).isEmpty();
    }

    @Test
    void anApplicationCannotNameTheBridge() throws Exception {
        String source = """
                package com.example.reports;
                public class Reports {
                    Object runtime() {
                        return io.eetasks.bridge.TaskRegistry.runtime();
                    }
                }
                """;

        assertThat(compile(source)).anyMatch(error -> error.contains("io.eetasks.bridge"));
    }

    /** Compiles one source file with only the API on the class path; the compiler's errors. */
    private List<String> compile(String source) throws IOException, URISyntaxException {
        Path file = Files.createDirectories(output.resolve("src/com/example/reports")).resolve("Reports.java");
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-classpath", apiClassPath(), "-d", output.resolve("classes").toString(),
                    "-proc:none");
            compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(file)).call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .map(diagnostic -> diagnostic.getMessage(null))
                .toList();
    }

    /** This module's classes and the Jakarta EE API jars, and nothing else of this build's class path. */
    private static String apiClassPath() throws URISyntaxException {
        String api = Path.of(TaskService.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String jakarta = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains(File.separator + "jakarta" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(jakarta).as("the Jakarta EE API on the test class path").isNotEmpty();
        return api + File.pathSeparator + jakarta;
    }
}
