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
import org.adsync.audit.AuditedUser;
import org.adsync.platform.DisplayNames;

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

    /** The same for look-alike names (case, compatibility forms): unique, see {@link DisplayNames#key}. */
    @Column(name = "username_key", length = 400)
    private String usernameKey;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** Null for a user created by single sign-on: they have no password to sign in with. */
    @Column(name = "password_hash")
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

    /** Sessions signed in before then have ended: the password changed, or the provider signed the user out. */
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    @Column(name = "sso_issuer", length = 1024)
    private String ssoIssuer;

    @Column(name = "sso_subject", length = 255)
    private String ssoSubject;

    @Column(name = "break_glass", nullable = false)
    private boolean breakGlass;

    @Version
    private long version;

    protected ConsoleUser() {
        // for JPA
    }

    public ConsoleUser(String username, String displayName, String passwordHash, SecurityLevel securityLevel) {
        if (username == null || username.isBlank() || username.strip().length() > MAX_USERNAME_LENGTH) {
            throw new IllegalArgumentException("A username of 1 to " + MAX_USERNAME_LENGTH + " characters is required");
        }
        this.username = DisplayNames.normalized(username);
        this.usernameKey = DisplayNames.key(this.username);
        this.displayName = displayName == null || displayName.isBlank() ? this.username : displayName.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.securityLevel = Objects.requireNonNull(securityLevel, "securityLevel");
        this.enabled = true;
    }

    /**
     * A user the OpenID Connect provider vouched for at their first sign-in: the provider's issuer and subject name
     * the account from then on, and there is no password.
     */
    public static ConsoleUser signedOnBy(String issuer, String subject, String username, String displayName,
                                         SecurityLevel securityLevel) {
        ConsoleUser user = new ConsoleUser(username, displayName, "", securityLevel);
        user.passwordHash = null;
        user.ssoIssuer = Objects.requireNonNull(issuer, "issuer");
        user.ssoSubject = Objects.requireNonNull(subject, "subject");
        return user;
    }

    /** Whether the provider's issuer and subject name this user. */
    public boolean isSignedOnBy(String issuer, String subject) {
        return Objects.equals(ssoIssuer, issuer) && Objects.equals(ssoSubject, subject);
    }

    /** Signs in through the OpenID Connect provider only. */
    public boolean isSignedOnByProvider() {
        return ssoSubject != null;
    }

    /** May sign in with a password when local sign-in is off for everyone else. */
    public boolean isBreakGlass() {
        return breakGlass;
    }

    public void markBreakGlass(boolean value) {
        this.breakGlass = value;
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

    /** A password the user chose: the one-time password's obligation ends, and so do sessions signed in before. */
    public void choosePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        this.mustChangePassword = false;
        this.sessionsValidFrom = Instant.now();
    }

    /**
     * A one-time password an administrator handed out: the user must choose their own at the next sign-in, and
     * every session signed in before has ended.
     */
    public void resetPassword(String oneTimePasswordHash) {
        this.passwordHash = Objects.requireNonNull(oneTimePasswordHash, "oneTimePasswordHash");
        this.mustChangePassword = true;
        this.sessionsValidFrom = Instant.now();
    }

    /** A user of the single sign-on provider renamed there: the name follows (the issuer and subject stay). */
    public void renameAsProviderDid(String newUsername) {
        if (!isSignedOnByProvider()) {
            throw new IllegalStateException(username + " is not a user of the single sign-on provider");
        }
        this.username = DisplayNames.normalized(newUsername);
        this.usernameKey = DisplayNames.key(this.username);
    }

    /** Every session of the user signed in before now ends at its next request (the provider signed them out). */
    public void endSessions(Instant now) {
        this.sessionsValidFrom = now;
    }

    /** Whether a session signed in at that moment still stands: not if the password changed or it was ended since. */
    public boolean sessionStands(Instant signedInAt) {
        return sessionsValidFrom == null || !signedInAt.isBefore(sessionsValidFrom);
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

    /** The single sign-on provider's issuer of a user it created; null for a local user. */
    public String getSsoIssuer() {
        return ssoIssuer;
    }

    /** The provider's subject ("sub") of a user it created; null for a local user. */
    public String getSsoSubject() {
        return ssoSubject;
    }

    /** The user as the audit trail records them: by name, and by the provider's issuer and subject if it has them. */
    public AuditedUser audited() {
        return ssoSubject == null ? AuditedUser.named(username) : AuditedUser.signedOnBy(username, ssoIssuer,
                ssoSubject);
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean passwordMatches(char[] candidate, PasswordHasher hasher) {
        String hash = getPasswordHash();
        if (hash == null) {
            hasher.spendVerificationTime(candidate); // as slow as a wrong password
            return false;
        }
        return hasher.verify(candidate, hash);
    }

    public SecurityLevel getSecurityLevel() {
        return securityLevel;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
