package org.diplograph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The user and password a client sends to a SPARQL endpoint that asks for them (HTTP Basic), read from a password
 * file in Fuseki's format, {@code user: password} a line (the first user is taken; anything after a comma is the
 * server's list of roles). The same file can serve {@code diplograph serve --password-file} and its clients, as long
 * as the password in it is plain.
 */
public record EndpointCredentials(String user, String password) {
    public EndpointCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    public static EndpointCredentials read(Path file) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#"))
                    continue;
                int colon = entry.indexOf(':');
                if (colon <= 0)
                    throw new StoreException(file + ": expected 'user: password', not '" + entry + "'");
                String password = entry.substring(colon + 1).strip();
                int comma = password.indexOf(',');
                if (comma >= 0)
                    password = password.substring(0, comma).strip();
                String scheme = password.contains(":") ? password.substring(0, password.indexOf(':')).toUpperCase(Locale.ROOT) : "";
                if (scheme.equals("MD5") || scheme.equals("CRYPT") || scheme.equals("OBF"))
                    throw new StoreException(file + ": the password is stored as " + scheme + "; a client needs it plain");
                return new EndpointCredentials(entry.substring(0, colon).strip(), password);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
        throw new StoreException(file + ": no 'user: password' line");
    }

    @Override
    public String toString() {
        return "EndpointCredentials[user=" + user + "]";   // never the password
    }
}
