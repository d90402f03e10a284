package io.eetasks.it;

import io.eetasks.it.support.SampleTasks;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/** The archives the tests deploy: the real tasks EAR, the real demo, and small test applications. */
public final class Deployments {

    /** The MANIFEST line an application opts in with. */
    public static final String OPT_IN = "Manifest-Version: 1.0\nDependencies: io.eetasks.api services\n";

    private Deployments() {
    }

    /** The tasks EAR exactly as built; the suite deploys it once ({@link TasksEarPerSuite}). */
    public static EnterpriseArchive tasksEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("tasks.ear")));
    }

    /** The demo application exactly as built. */
    public static WebArchive demoWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("tasks.demo.war")));
    }

    /** A test application that opts in to EE Tasks and holds the sample tasks and the given test class. */
    public static WebArchive application(String name, Class<?>... classes) {
        return application(name, OPT_IN, classes);
    }

    /** A test application with the sample tasks, the given classes and the given MANIFEST. */
    public static WebArchive application(String name, String manifest, Class<?>... classes) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addClasses(classes)
                // Server set-ups named on a test class are loaded with it in the server, so they come along.
                .addClasses(ServerOperations.class, SystemPropertiesSetup.class)
                .addPackage(SampleTasks.class.getPackage())
                .addAsLibraries(jarOf(Assertions.class), jarOf(Awaitility.class), jarOf(Matcher.class))
                .setManifest(new StringAsset(manifest));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot find the jar of " + type, e);
        }
    }
}
