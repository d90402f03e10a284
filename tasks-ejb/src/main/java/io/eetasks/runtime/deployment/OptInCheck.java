package io.eetasks.runtime.deployment;

import org.jboss.modules.ModuleClassLoader;
import org.jboss.modules.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Optional;

/**
 * Looks inside one deployment's own classes for {@code @DistributedTask}, and at whether the
 * deployment sees the EE Tasks CDI extension, which it only does when it imports the module's
 * services.
 */
final class OptInCheck {

    private static final byte[] ANNOTATION = "Lio/eetasks/DistributedTask;".getBytes(StandardCharsets.US_ASCII);
    private static final String EXTENSIONS = "META-INF/services/jakarta.enterprise.inject.spi.Extension";
    private static final String TASKS_EXTENSION = "io.eetasks.bridge.TasksExtension";

    private OptInCheck() {
    }

    /** A class of the deployment that uses the annotation while the extension is missing, if any. */
    static Optional<String> classUsingTasksWithoutOptIn(ModuleClassLoader deployment) throws IOException {
        if (seesTasksExtension(deployment)) {
            return Optional.empty();
        }
        return firstClassUsingTasks(deployment);
    }

    private static boolean seesTasksExtension(ClassLoader deployment) throws IOException {
        Enumeration<URL> files = deployment.getResources(EXTENSIONS);
        while (files.hasMoreElements()) {
            try (InputStream in = files.nextElement().openStream()) {
                if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(TASKS_EXTENSION)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<String> firstClassUsingTasks(ModuleClassLoader deployment) throws IOException {
        Iterator<Resource> resources = deployment.iterateResources("", true);
        while (resources.hasNext()) {
            Resource resource = resources.next();
            if (resource.getName().endsWith(".class")) {
                try (InputStream in = resource.openStream()) {
                    if (contains(in.readAllBytes(), ANNOTATION)) {
                        return Optional.of(resource.getName().replace('/', '.').replaceAll("\\.class$", ""));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean contains(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
