package org.adsync.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Someone who signs in to the console. Only the password's PBKDF2 hash is stored. */
@Entity
@Table(name = "console_user")
public class ConsoleUser {

    public static final int MAX_USERNAME_LENGTH = 100;
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;

    @Id
    @SequenceGenerator(name = "console_user_seq", sequenceName = "console_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "console_user_seq")
    private Long id;

    @Column(nullable = false, length = MAX_USERNAME_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "security_level_id", nullable = false)
    private SecurityLevel securityLevel;

    @Column(length = MAX_EMAIL_LENGTH)
    private String email;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "last_signed_in_at")
    private Instant lastSignedInAt;

    @Version
    private long version;

    protected ConsoleUser() {
        // for JPA
    }

    public ConsoleUser(String username, String displayName, String passwordHash, SecurityLevel securityLevel) {
        if (username == null || username.isBlank() || username.strip().length() > MAX_USERNAME_LENGTH) {
            throw new IllegalArgumentException("A username of 1 to " + MAX_USERNAME_LENGTH + " characters is required");
        }
        this.username = username.strip();
        this.displayName = displayName == null || displayName.isBlank() ? this.username : displayName.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.securityLevel = Objects.requireNonNull(securityLevel, "securityLevel");
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** The name the console shows; blank means the username. */
    public void describe(String newDisplayName, String newEmail) {
        this.displayName = newDisplayName == null || newDisplayName.isBlank() ? username : newDisplayName.strip();
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    public void assign(SecurityLevel level) {
        this.securityLevel = Objects.requireNonNull(level, "level");
    }

    /** A password the user chose: the one-time password's obligation ends. */
    public void choosePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        this.mustChangePassword = false;
    }

    /** A one-time password an administrator handed out: the user must choose their own at the next sign-in. */
    public void resetPassword(String oneTimePasswordHash) {
        this.passwordHash = Objects.requireNonNull(oneTimePasswordHash, "oneTimePasswordHash");
        this.mustChangePassword = true;
    }

    public Long getId() {
        return id;
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Optional<Instant> getLastSignedInAt() {
        return Optional.ofNullable(lastSignedInAt);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean passwordMatches(char[] candidate, PasswordHasher hasher) {
        return hasher.verify(candidate, passwordHash);
    }

    public SecurityLevel getSecurityLevel() {
        return securityLevel;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
