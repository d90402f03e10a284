package io.eetasks.runtime.settings;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;

/** The messages of the configuration check. Ids EETASKS1000-1009 (docs/logging.md). */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 1000, max = 1009)
public interface SettingsLog {

    SettingsLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), SettingsLog.class,
            SettingsLog.class.getPackageName());

    @Message(id = 1000, value = "EE Tasks cannot start with these settings: %s. Correct them and deploy the tasks"
            + " EAR again.")
    IllegalArgumentException settingsRefused(String problems);
}
