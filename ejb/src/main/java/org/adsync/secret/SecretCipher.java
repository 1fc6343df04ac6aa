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
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
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
        String configured = System.getProperty(KEY_FILE_PROPERTY);
        Path file = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.config.dir", "."), "adsync-secret.key");
        key = loadOrCreate(file);
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
