package io.eetasks.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's provisioning fragment is the example project's, which CI builds and tests: same feature packs,
 * layers and plugin version, so the fragment a user copies is one that works.
 */
class ReadmeProvisioningTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @Test
    void theReadmeFragmentIsTheExampleProjects() throws IOException, InterruptedException {
        String fragment = GuideBlocks.commands("README.md", "### With Galleon");

        String pom = Files.readString(ROOT.resolve("examples/hello-tasks/pom.xml"));
        Map<String, String> properties = Map.of(
                "version.wildfly", element(pom, "version.wildfly").get(0),
                "version.eetasks", element(pom, "version.eetasks").get(0),
                "version.wildfly.maven.plugin", element(pom, "version.wildfly.maven.plugin").get(0));
        String plugin = resolve(between(pom, "<artifactId>wildfly-maven-plugin</artifactId>", "<executions>"),
                properties);

        assertThat(element(fragment, "location")).isEqualTo(element(plugin, "location")).hasSize(2);
        assertThat(element(fragment, "layer")).isEqualTo(element(plugin, "layer")).isNotEmpty();
        assertThat(element(fragment, "version")).isEqualTo(element(plugin, "version"));
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'%s'", from).isNotNegative();
        int end = text.indexOf(to, start + from.length());
        return text.substring(start + from.length(), end);
    }

    private static List<String> element(String xml, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">")
                .matcher(xml);
        return matcher.results().map(result -> result.group(1).trim()).toList();
    }

    private static String resolve(String text, Map<String, String> properties) {
        String resolved = text;
        for (Map.Entry<String, String> property : properties.entrySet()) {
            resolved = resolved.replace("${" + property.getKey() + "}", property.getValue());
        }
        return resolved;
    }
}
