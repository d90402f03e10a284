package io.eetasks.admin;

import jakarta.enterprise.context.ApplicationScoped;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/** Checks a user's password against the console's security domain (WildFly's application realm), as BASIC does. */
@ApplicationScoped
public class RealmPasswords {

    /** Whether the realm has this user and the password is theirs. */
    public boolean matches(String user, String password) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("The console has no security domain to check passwords against");
        }
        try {
            domain.authenticate(user, new PasswordGuessEvidence(password.toCharArray()));
            return true;
        } catch (SecurityException e) {
            return false;
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("The application realm cannot be read: " + e.getMessage(), e);
        }
    }
}
