package io.eetasks.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copying and removing the directories of servers that tests start themselves. */
final class ServerFiles {

    private ServerFiles() {
    }

    /** Copies a directory tree, replacing what is there. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Copies the test server's configuration for a server of the test's own. The test server's
     * deployments are recorded in its standalone-full.xml; the copy has none, as the other server deploys
     * its own copies.
     */
    static void copyConfiguration(Path to) throws IOException {
        copyConfiguration(Path.of(System.getProperty("jboss.home")), "standalone-full.xml", to);
    }

    /** As {@link #copyConfiguration(Path)}, from that installation, without the deployments of that configuration file. */
    static void copyConfiguration(Path home, String configuration, Path to) throws IOException {
        copy(home.resolve("standalone/configuration"), to);
        Path serverConfig = to.resolve(configuration);
        Files.writeString(serverConfig, Files.readString(serverConfig)
                .replaceAll("(?s)<deployments>.*?</deployments>", ""));
    }

    /** Removes a directory tree, if it exists. */
    static void delete(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> paths = Files.walk(path)) {
                for (Path each : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(each);
                }
            }
        }
    }
}
