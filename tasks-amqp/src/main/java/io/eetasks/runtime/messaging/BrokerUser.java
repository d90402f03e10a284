package io.eetasks.runtime.messaging;

import static io.eetasks.runtime.settings.TasksSettings.AMQP_PASSWORD;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The embedded broker's user, made when the tasks EAR first starts on a server provisioned with the eetasks
 * layer, which has no step of its own to run a script: what {@code broker-user.sh} does on a server set up
 * with the CLI scripts (docs/broker-access.md). The password is generated here, kept in
 * {@code configuration/eetasks/tasks.amqp.password} (readable by its owner only, read from there at the next
 * start by the layer's config source), and the user is written to the ApplicationRealm's properties files in
 * group {@code eetasks-broker}. The realm reads its files again when they change, so the broker accepts the
 * user at once. The password is never logged.
 */
final class BrokerUser {

    /** One file per key, in the folder the eetasks-secrets config source reads. */
    static final String PASSWORD_FILE = AMQP_PASSWORD.key();
    private static final String REALM = "ApplicationRealm";
    private static final String GROUP = "eetasks-broker";

    private BrokerUser() {
    }

    /** Makes the user with a new password, replacing a user of that name, and returns the password. */
    static String create(Path configDir, String username) throws IOException {
        String password = newPassword();
        Path secrets = configDir.resolve("eetasks");
        Files.createDirectories(secrets);
        ownerOnly(secrets, "rwx------");
        // No line end: the file is the value, as the config source and broker-user.sh have it.
        write(secrets.resolve(PASSWORD_FILE), password, "rw-------");
        replaceEntry(configDir.resolve("application-users.properties"), username, passwordHash(username, password));
        replaceEntry(configDir.resolve("application-roles.properties"), username, GROUP);
        return password;
    }

    private static String newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The realm's form: HEX(MD5(user ':' realm ':' password)), as add-user.sh writes it. */
    static String passwordHash(String username, String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((username + ":" + REALM + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the line {@code username=...} of a properties file, or adds it. */
    private static void replaceEntry(Path file, String username, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.exists(file) ? Files.readAllLines(file) : List.of());
        lines.removeIf(line -> line.startsWith(username + "="));
        lines.add(username + "=" + value);
        write(file, String.join(System.lineSeparator(), lines) + System.lineSeparator(), null);
    }

    /** Writes through a temporary file and a move, so that the realm never reads half a file. */
    private static void write(Path file, String content, String permissions) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
        if (permissions != null) {
            ownerOnly(temporary, permissions);
        }
        Files.writeString(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
