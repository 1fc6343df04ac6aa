package org.adsync.api.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.adsync.api.problem.ProblemType;
import org.adsync.api.problem.Problems;
import org.adsync.identity.ContactIdentities;
import org.adsync.identity.ResolvedContact;
import org.adsync.security.Permission;

import java.util.Optional;

/**
 * The contact of a directory user who signed in to a client portal with their company account: by the tenant and
 * object ID their ID token carries ({@code tid} and {@code oid} from Entra ID; the domain and objectGUID for Active
 * Directory), or by user principal name. Found only while the user is synced and enabled in the directory and the
 * contact is active; otherwise 404, which never says which of those failed.
 */
@Path("identities")
@RequestScoped
@RolesAllowed(Permission.Roles.RESOLVE_SSO_IDENTITIES)
@Produces(MediaType.APPLICATION_JSON)
public class IdentitiesResource {

    private static final String NOT_FOUND = "No active contact of a synced, enabled directory user has this identity";

    @Inject
    ContactIdentities identities;

    @GET
    @Path("contact")
    public Response contact(@QueryParam("tenant") String tenant, @QueryParam("objectId") String objectId,
                            @QueryParam("upn") String upn) {
        boolean byObjectId = objectId != null && !objectId.isBlank();
        boolean byUpn = upn != null && !upn.isBlank();
        if (byObjectId == byUpn) {
            return Problems.response(ProblemType.INVALID_REQUEST, "Give either objectId (with tenant) or upn");
        }
        if (byObjectId && (tenant == null || tenant.isBlank())) {
            return Problems.response(ProblemType.INVALID_REQUEST, "Give the tenant with the objectId: the Entra "
                    + "tenant ID (the ID token's tid) or the Active Directory domain");
        }
        Optional<ResolvedContact> found = byObjectId ? identities.byObjectId(tenant, objectId)
                : identities.byUpn(tenant, upn);
        return found.map(contact -> Response.ok(json(contact)).build())
                .orElseGet(() -> Problems.response(ProblemType.NOT_FOUND, NOT_FOUND));
    }

    /** Written with JSON-P: a portal asks at every sign-in, and binding a record costs more than building it. */
    private static JsonObject json(ResolvedContact contact) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("contactId", contact.contactId())
                .add("organizationId", contact.organizationId())
                .add("organizationName", contact.organizationName());
        addIfPresent(json, "firstName", contact.firstName());
        addIfPresent(json, "lastName", contact.lastName());
        addIfPresent(json, "email", contact.email());
        addIfPresent(json, "organizationExternalId", contact.organizationExternalId());
        return json.build();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
