package org.adsync.security.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditTarget;
import org.adsync.secret.SecretCipher;
import org.adsync.security.ConsoleUser;
import org.adsync.security.ConsoleUserRepository;
import org.adsync.security.Permission;
import org.adsync.security.SecurityLevel;
import org.adsync.security.admin.InvalidSecurityRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sets up, changes and removes the installation's OpenID Connect provider (Admin › Security › Single sign-on). The
 * client secret is write-only and stored encrypted; it is only ever sent to the issuer it was entered for, so a
 * change of issuer or client ID needs it again. Enabling the provider fetches its discovery document first, and
 * local sign-in is only switched off while a break-glass account could still manage the console's users.
 */
@ApplicationScoped
@Transactional
public class SsoAdministration {

    @Inject
    SsoProviderRepository providers;

    @Inject
    ConsoleUserRepository users;

    @Inject
    SecretCipher cipher;

    @Inject
    OpenIdConnectClient client;

    @Inject
    AuditLog audit;

    public SsoSettingsView settings() {
        return providers.find()
                .map(provider -> new SsoSettingsView(provider.settings(breakGlassUsers()), true, true))
                .orElseGet(() -> new SsoSettingsView(SsoSettings.startingWith(SsoPreset.ENTRA_ID), false, false));
    }

    /** Saves the settings; {@code clientSecret} empty keeps the stored one where that is allowed. */
    public SsoSettingsView save(SsoSettings input, char[] clientSecret) {
        SsoSettings settings = input.checked();
        List<SsoProvider.Mapped> mappings = levels(settings);
        List<ConsoleUser> breakGlass = breakGlassAccounts(settings);
        Optional<SsoProvider> existing = providers.find();
        boolean secretGiven = clientSecret != null && clientSecret.length > 0;
        if (!secretGiven && existing.isEmpty()) {
            throw new InvalidSecurityRequestException("clientSecret", "Enter the client secret of the app "
                    + "registration (client)");
        }
        if (!secretGiven && (!existing.get().issuer().equals(settings.issuer())
                || !existing.get().clientId().equals(settings.clientId()))) {
            throw new InvalidSecurityRequestException("clientSecret", "Enter the client secret again: the issuer or "
                    + "client ID changed, and a stored secret is only ever sent to the provider it was entered for");
        }
        if (settings.enabled()) {
            try {
                client.check(settings.issuer());
            } catch (SsoProviderException e) {
                throw new InvalidSecurityRequestException("issuer", e.getMessage());
            }
        }
        String encrypted = secretGiven ? cipher.encrypt(clientSecret) : null;
        SsoProvider provider = existing.orElse(null);
        if (provider == null) {
            provider = providers.add(new SsoProvider(settings, encrypted, mappings));
        } else {
            provider.forgetMappings();
            providers.flush();
            provider.change(settings, encrypted, mappings);
        }
        for (ConsoleUser user : users.findAllUsers()) {
            user.markBreakGlass(breakGlass.contains(user));
        }
        audit.record(AuditKind.SINGLE_SIGN_ON_CHANGED, AuditTarget.NONE, settings.displayName(),
                described(settings, secretGiven));
        return new SsoSettingsView(provider.settings(breakGlassUsers()), true, true);
    }

    /** Removes the provider: its users keep their accounts but cannot sign in until it is set up again. */
    public void remove() {
        providers.find().ifPresent(provider -> {
            providers.remove(provider);
            users.findAllUsers().forEach(user -> user.markBreakGlass(false));
            audit.record(AuditKind.SINGLE_SIGN_ON_REMOVED, AuditTarget.NONE, provider.settings(List.of())
                    .displayName(), null);
        });
    }

    private List<SsoProvider.Mapped> levels(SsoSettings settings) {
        List<SsoProvider.Mapped> mapped = new ArrayList<>();
        for (SsoSettings.LevelMapping mapping : settings.levelMappings()) {
            SecurityLevel level = users.findSecurityLevel(mapping.securityLevel()).orElseThrow(() ->
                    new InvalidSecurityRequestException("levelMappings", "There is no security level named \""
                            + mapping.securityLevel() + "\""));
            mapped.add(new SsoProvider.Mapped(mapping.claimValue(), level));
        }
        return mapped;
    }

    private List<ConsoleUser> breakGlassAccounts(SsoSettings settings) {
        List<ConsoleUser> accounts = new ArrayList<>();
        for (String name : settings.breakGlassUsers()) {
            ConsoleUser user = users.findByUsername(name).orElseThrow(() -> new InvalidSecurityRequestException(
                    "breakGlassUsers", "There is no console user named \"" + name + "\""));
            if (user.isSignedOnByProvider()) {
                throw new InvalidSecurityRequestException("breakGlassUsers", "\"" + name + "\" signs in through the "
                        + "provider and has no password: a break-glass account is a local one");
            }
            accounts.add(user);
        }
        boolean rescuable = accounts.stream().anyMatch(user -> user.isEnabled()
                && user.getSecurityLevel().getPermissions().contains(Permission.MANAGE_CONSOLE_USERS));
        if (!settings.localSignInForAll() && !rescuable) {
            throw new InvalidSecurityRequestException("breakGlassUsers", "Before local sign-in is switched off, name "
                    + "at least one enabled break-glass account that may manage console users: without one, nobody "
                    + "could sign in when the provider is away");
        }
        return accounts;
    }

    private List<String> breakGlassUsers() {
        return users.findAllUsers().stream().filter(ConsoleUser::isBreakGlass).map(ConsoleUser::getUsername).toList();
    }

    private static String described(SsoSettings settings, boolean secretChanged) {
        return settings.preset() + ", issuer " + settings.issuer() + ", client " + settings.clientId()
                + (secretChanged ? ", new client secret" : "") + (settings.enabled() ? ", enabled" : ", disabled")
                + (settings.localSignInForAll() ? "" : ", local sign-in for break-glass accounts only")
                + ", mappings " + settings.levelMappings().stream()
                .map(mapping -> mapping.claimValue() + " → " + mapping.securityLevel()).toList();
    }
}
