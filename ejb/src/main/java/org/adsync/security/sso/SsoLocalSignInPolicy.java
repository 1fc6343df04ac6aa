package org.adsync.security.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.security.LocalSignInPolicy;

/** Local sign-in is for everyone unless an enabled provider switched it off for all but the break-glass accounts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SsoLocalSignInPolicy implements LocalSignInPolicy {

    @Inject
    SsoProviderRepository providers;

    @Override
    public boolean allowedForEveryone() {
        return providers.find().map(provider -> !provider.isEnabled() || provider.isLocalSignInForAll())
                .orElse(true);
    }
}
