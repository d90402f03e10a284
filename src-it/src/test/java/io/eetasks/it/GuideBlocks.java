package io.eetasks.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The commands of a block of the README or the guide, as src/test/scripts/guide-block.sh takes them out, for
 * the tests that run what a user is told to run.
 */
final class GuideBlocks {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    private GuideBlocks() {
    }

    /** The block after the first line of {@code file} (relative to the repository) that holds {@code marker}. */
    static String commands(String file, String marker) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", ROOT.resolve("src-it/src/test/scripts/guide-block.sh").toString(),
                ROOT.resolve(file).toString(), marker).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String commands = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("No command block after '" + marker + "' in " + file);
        }
        return commands;
    }

    /** Replaces a part of the commands the test must change, failing when the guide no longer has it. */
    static String replace(String commands, String part, String replacement) {
        if (!commands.contains(part)) {
            throw new IllegalStateException("The guide's commands no longer hold '" + part + "':\n" + commands);
        }
        return commands.replace(part, replacement);
    }
}
