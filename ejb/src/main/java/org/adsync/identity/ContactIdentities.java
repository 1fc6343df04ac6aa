package org.adsync.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the contact of a customer's user who signed in with their company account: by tenant and object ID (the
 * ID token's {@code tid} and {@code oid} for Entra ID; the domain and objectGUID for Active Directory), or by user
 * principal name. Only a directory user that is synced and enabled, with an active contact, is found; anything else
 * is simply not found, without saying why.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContactIdentities {

    @Inject
    ContactIdentityRepository identities;

    public Optional<ResolvedContact> byObjectId(String tenant, String objectId) {
        if (objectId == null || objectId.isBlank() || objectId.length() > 64) {
            return Optional.empty();
        }
        return single(identities.byObjectId(objectId.strip().toLowerCase(Locale.ROOT)), tenant);
    }

    public Optional<ResolvedContact> byUpn(String tenant, String upn) {
        if (upn == null || upn.isBlank() || upn.length() > 1024) {
            return Optional.empty();
        }
        return single(identities.byUpn(upn.strip().toLowerCase(Locale.ROOT)), tenant);
    }

    private static Optional<ResolvedContact> single(List<IdentityMatch> matches, String tenant) {
        List<IdentityMatch> inTenant = matches.stream().filter(match -> match.inTenant(tenant)).toList();
        if (inTenant.size() > 1) {
            throw new AmbiguousIdentityException(inTenant.size() + " active contacts have this identity (the same "
                    + "directory is synced for several organizations): give the tenant and the object ID");
        }
        return inTenant.stream().findFirst().map(IdentityMatch::resolved);
    }
}
