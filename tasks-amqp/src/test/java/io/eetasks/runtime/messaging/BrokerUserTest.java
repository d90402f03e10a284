package io.eetasks.runtime.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;

class BrokerUserTest {

    @TempDir
    Path config;

    @Test
    void makesTheUserInTheRealmsFilesAndKeepsThePasswordForTheConfigSource() throws Exception {
        Files.writeString(config.resolve("application-users.properties"),
                "#$REALM_NAME=ApplicationRealm$\nadmin=abc\ntasks=stale\n");
        Files.writeString(config.resolve("application-roles.properties"), "admin=tasks-admin\n");

        String password = BrokerUser.create(config, "tasks");

        Path kept = config.resolve("eetasks/tasks.amqp.password");
        assertThat(Files.readString(kept)).isEqualTo(password);
        assertThat(password).hasSizeGreaterThanOrEqualTo(24).doesNotContain("\n", "=", "/", "+");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.getParent())))
                .isEqualTo("rwx------");

        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest(("tasks:ApplicationRealm:" + password).getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readAllLines(config.resolve("application-users.properties")))
                .containsExactly("#$REALM_NAME=ApplicationRealm$", "admin=abc", "tasks=" + digest);
        assertThat(Files.readAllLines(config.resolve("application-roles.properties")))
                .containsExactly("admin=tasks-admin", "tasks=eetasks-broker");
    }

    @Test
    void eachServerGetsAPasswordOfItsOwn() throws Exception {
        Path other = Files.createDirectories(config.resolve("other"));
        assertThat(BrokerUser.create(config, "tasks")).isNotEqualTo(BrokerUser.create(other, "tasks"));
    }
}
