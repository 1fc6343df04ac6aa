package org.adsync.security.sso;

import java.util.Optional;

/** Port to the stored single sign-on provider (at most one). */
public interface SsoProviderRepository {

    Optional<SsoProvider> find();

    SsoProvider add(SsoProvider provider);

    void remove(SsoProvider provider);

    /** Writes the changes made so far (a removal that must come before an insert). */
    void flush();
}
