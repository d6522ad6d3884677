package dev.ferry.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.security.auth.AuthenticateCallbackHandler;
import org.apache.kafka.common.security.plain.PlainAuthenticateCallback;

/**
 * SASL/PLAIN for Ferry's local clusters: verifies a user against the credentials file Ferry keeps in the
 * cluster's directory, instead of Kafka's built-in handler, which only knows the user_NAME="password" options
 * of the static JAAS line and so needs a restart for every change. The file holds salted PBKDF2-SHA256 hashes,
 * one user a line:
 *
 * <pre>name TAB pbkdf2-sha256 TAB iterations TAB base64(salt) TAB base64(hash) [TAB anything Ferry keeps]</pre>
 *
 * Ferry replaces the file by a rename, so it is read whole or not at all; it is read again when its identity,
 * time or size changes, which a stat per authentication notices.
 *
 * Enabled per listener:
 * listener.name.L.plain.sasl.server.callback.handler.class=dev.ferry.kafka.PlainCredentialsCallbackHandler and
 * listener.name.L.plain.sasl.jaas.config=...PlainLoginModule required ferry.credentials.file="/path";
 */
public final class PlainCredentialsCallbackHandler implements AuthenticateCallbackHandler {
    static final String FILE_OPTION = "ferry.credentials.file";
    private static final String SCHEME = "pbkdf2-sha256";

    private static final class Entry {
        final int iterations;
        final byte[] salt;
        final byte[] hash;

        Entry(int iterations, byte[] salt, byte[] hash) {
            this.iterations = iterations;
            this.salt = salt;
            this.hash = hash;
        }
    }

    private static final class Snapshot {
        final String stamp;
        final Map<String, Entry> users;

        Snapshot(String stamp, Map<String, Entry> users) {
            this.stamp = stamp;
            this.users = users;
        }
    }

    private Path file;
    private volatile Snapshot snapshot = new Snapshot("", Collections.<String, Entry>emptyMap());

    @Override
    public void configure(Map<String, ?> configs, String saslMechanism, List<AppConfigurationEntry> jaasConfigEntries) {
        if (!"PLAIN".equals(saslMechanism))
            throw new IllegalArgumentException("Only SASL/PLAIN is handled, not " + saslMechanism);
        for (AppConfigurationEntry entry : jaasConfigEntries) {
            Object path = entry.getOptions().get(FILE_OPTION);
            if (path != null) file = Paths.get(path.toString());
        }
        if (file == null) throw new KafkaException("The PLAIN JAAS config names no " + FILE_OPTION);
    }

    @Override
    public void handle(Callback[] callbacks) throws IOException, UnsupportedCallbackException {
        String username = null;
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback) {
                username = ((NameCallback) callback).getDefaultName();
            } else if (callback instanceof PlainAuthenticateCallback) {
                PlainAuthenticateCallback plain = (PlainAuthenticateCallback) callback;
                plain.authenticated(username != null && verify(username, plain.password()));
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }

    private boolean verify(String username, char[] password) throws IOException {
        Entry entry = current().users.get(username);
        if (entry == null) return false;
        PBEKeySpec spec = new PBEKeySpec(password, entry.salt, entry.iterations, entry.hash.length * 8);
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return MessageDigest.isEqual(derived, entry.hash);
        } catch (GeneralSecurityException e) {
            throw new KafkaException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private Snapshot current() throws IOException {
        String stamp;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            stamp = attributes.fileKey() + "/" + attributes.lastModifiedTime().toMillis() + "/" + attributes.size();
        } catch (NoSuchFileException e) {
            // No file, no users: every PLAIN sign-in fails rather than the broker.
            return new Snapshot("", Collections.<String, Entry>emptyMap());
        }
        Snapshot known = snapshot;
        if (Objects.equals(known.stamp, stamp)) return known;
        synchronized (this) {
            if (!Objects.equals(snapshot.stamp, stamp)) snapshot = new Snapshot(stamp, read());
            return snapshot;
        }
    }

    private Map<String, Entry> read() throws IOException {
        Map<String, Entry> users = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return users;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] fields = line.split("\t");
            if (fields.length < 5 || !SCHEME.equals(fields[1])) continue;
            try {
                users.put(fields[0], new Entry(Integer.parseInt(fields[2]), base64.decode(fields[3]), base64.decode(fields[4])));
            } catch (IllegalArgumentException e) {
                // A line Ferry did not write is skipped, not fatal to the others.
            }
        }
        return users;
    }

    @Override
    public void close() {}
}
