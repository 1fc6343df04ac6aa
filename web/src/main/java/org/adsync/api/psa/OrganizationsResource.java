package org.adsync.api.psa;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.adsync.api.Page;
import org.adsync.api.PageRequest;
import org.adsync.psa.ContactQuery;
import org.adsync.psa.ContactView;
import org.adsync.psa.OrganizationService;
import org.adsync.psa.OrganizationSummary;
import org.adsync.security.Permission;
import org.adsync.sync.UnknownSyncException;

import java.util.List;

/** The PSA's organizations, and each one's contacts: what a script needs to set up syncs and map users by hand. */
@Path("organizations")
@RequestScoped
@RolesAllowed(Permission.Roles.CONFIGURE_MICROSOFT_EXTENSIONS)
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    @Inject
    OrganizationService organizations;

    @GET
    public List<OrganizationSummary> list() {
        return organizations.organizations();
    }

    @GET
    @Path("{id}")
    public OrganizationSummary get(@PathParam("id") long id) {
        return organizations.organization(id).orElseThrow(() -> new UnknownSyncException("No organization " + id));
    }

    /** The organization's contacts by last name; {@code search} keeps those whose name or email contains it. */
    @GET
    @Path("{id}/contacts")
    public Page<ContactView> contacts(@PathParam("id") long id, @QueryParam("search") String search,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        get(id);
        ContactQuery query = ContactQuery.ofOrganization(id).containing(search);
        return request.of(organizations.contacts(query, request.first(), request.size()),
                organizations.countContacts(query));
    }
}
