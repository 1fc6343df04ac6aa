package org.adsync.secret;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets with AES-256-GCM. The key comes from the file named by the system property
 * {@code adsync.secret.key.file} (wildfly-config/configure-secret-key.cli sets it; default: the server's
 * configuration directory, {@code adsync-secret.key}), which is created with owner-only permissions on first use.
 * Stored values read {@code v1:} + Base64(nonce + ciphertext + tag); each encryption uses a fresh nonce.
 */
@ApplicationScoped
public class SecretCipher {

    static final String KEY_FILE_PROPERTY = "adsync.secret.key.file";

    private static final Logger LOG = Logger.getLogger(SecretCipher.class.getName());
    /** How the readiness check names the file: its path would tell anyone who reads the check the server's layout. */
    private static final String WHERE = "(system property " + KEY_FILE_PROPERTY + "; its path is in the server log)";
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    public SecretCipher() {
    }

    SecretCipher(SecretKey key) {
        this.key = key;
    }

    @PostConstruct
    void loadKey() {
        key = loadOrCreate(keyFile());
    }

    private static Path keyFile() {
        String configured = System.getProperty(KEY_FILE_PROPERTY);
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.config.dir", "."), "adsync-secret.key");
    }

    /**
     * Reads the key file again, for the readiness check: a server whose file went missing or changed would not read
     * the secrets it stores next. The fingerprint (the first bytes of the key's SHA-256) lets an operator see that
     * every server of a cluster has the same key without showing it.
     */
    public KeyFileCheck checkKeyFile() {
        Path file = keyFile();
        try {
            byte[] onDisk = Base64.getDecoder().decode(Files.readString(file).strip());
            if (!MessageDigest.isEqual(onDisk, key.getEncoded())) {
                LOG.warning(() -> "The secret key file " + file + " no longer holds the key this server started with");
                return new KeyFileCheck(false, "The secret key file " + WHERE + " no longer holds the key this server "
                        + "started with: restore it, or restart to use the new one (secrets stored with the old key "
                        + "must then be entered again)", fingerprint(key.getEncoded()));
            }
            return new KeyFileCheck(true, "The secret key file " + WHERE + " is readable", fingerprint(onDisk));
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "The secret key file " + file + " cannot be read", e);
            return new KeyFileCheck(false, "The secret key file " + WHERE + " cannot be read ("
                    + e.getClass().getSimpleName() + "): stored secrets cannot be read", fingerprint(key.getEncoded()));
        }
    }

    private static String fingerprint(byte[] keyBytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(keyBytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** What the readiness check learned of the key file. */
    public record KeyFileCheck(boolean readable, String message, String fingerprint) {
    }

    public String encrypt(char[] secret) {
        byte[] plain = toBytes(secret);
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The secret; throws when the value was not written with this key (another server's key, or tampered). */
    public char[] decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new SecretUnreadableException("The stored secret is not in a format adsync wrote");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
            char[] secret = Arrays.copyOfRange(decoded.array(), decoded.position(), decoded.limit());
            Arrays.fill(decoded.array(), '\0');
            Arrays.fill(plain, (byte) 0);
            return secret;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecretUnreadableException("The stored secret cannot be decrypted with this server's key "
                    + "(was the key file replaced?). Enter the password again in Setup.");
        }
    }

    private static byte[] toBytes(char[] secret) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] bytes = Arrays.copyOf(buffer.array(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    private static SecretKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.write(file, Base64.getEncoder().encode(fresh));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    LOG.warning("Restrict access to the secret key file " + file + " by hand");
                }
                LOG.info(() -> "Created the secret key file " + file + ": back it up; without it stored secrets "
                        + "cannot be read");
            }
            byte[] decoded = Base64.getDecoder().decode(Files.readString(file).strip());
            if (decoded.length != 32) {
                throw new IllegalStateException("The secret key file " + file + " does not hold a 256-bit key");
            }
            return new SecretKeySpec(decoded, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }
}
