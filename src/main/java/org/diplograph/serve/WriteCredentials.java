package org.diplograph.serve;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import org.apache.jena.fuseki.main.JettySecurityLib;
import org.diplograph.store.StoreException;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.security.UserStore;

/**
 * The users who may write, from a password file in Fuseki's (Jetty's) format: one {@code user: password} a line,
 * the password plain or as Jetty writes it hashed ({@code MD5:…}, {@code CRYPT:…}) or obfuscated ({@code OBF:…}).
 * Requests prove a user with HTTP Basic authentication. Jetty rereads the file when it changes (a scanner thread),
 * until {@link #close}.
 */
final class WriteCredentials implements AutoCloseable {
    static final String CHALLENGE = "Basic realm=\"diplograph\", charset=\"UTF-8\"";

    private final UserStore users;

    private WriteCredentials(UserStore users) {
        this.users = users;
    }

    static WriteCredentials load(Path file) {
        if (!Files.isReadable(file))
            throw new StoreException("cannot read the password file " + file);
        try {
            return new WriteCredentials(JettySecurityLib.makeUserStore(file.toString()));
        } catch (RuntimeException e) {
            throw new StoreException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stops watching the file. */
    @Override
    public void close() {
        try {
            users.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the password file's user store", e);
        }
    }

    /** The user an {@code Authorization: Basic …} header proves, if it names one with the right password. */
    Optional<String> user(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6))
            return Optional.empty();
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0)
            return Optional.empty();
        String name = decoded.substring(0, colon);
        UserPrincipal user = users.getUserPrincipal(name);
        return user != null && user.authenticate(decoded.substring(colon + 1)) ? Optional.of(name) : Optional.empty();
    }
}
