package org.adsync.api.psa;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.adsync.api.Locations;
import org.adsync.api.Page;
import org.adsync.api.PageRequest;
import org.adsync.psa.ContactQuery;
import org.adsync.psa.ContactView;
import org.adsync.psa.OrganizationService;
import org.adsync.psa.OrganizationSummary;
import org.adsync.psa.UnknownPsaRecordException;
import org.adsync.psa.admin.ImportPlan;
import org.adsync.psa.admin.OrganizationAdministration;
import org.adsync.psa.admin.OrganizationInput;
import org.adsync.security.Permission;

import java.util.List;

/**
 * The PSA's organizations, and each one's contacts: add, rename and deactivate them, import them from CSV, and
 * read what a script needs to set up syncs and map users by hand. DELETE deactivates: an organization stays, with
 * its contacts, for the records that name it.
 */
@Path("organizations")
@RequestScoped
@RolesAllowed(Permission.Roles.CONFIGURE_MICROSOFT_EXTENSIONS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationAdministration administration;

    @Context
    UriInfo uri;

    @GET
    public List<OrganizationSummary> list() {
        return organizations.organizations();
    }

    @POST
    public Response add(OrganizationInput input) {
        long id = administration.add(input == null ? new OrganizationInput(null, null) : input);
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION,
                Locations.of(uri, "organizations", Long.toString(id))).entity(get(id)).build();
    }

    @GET
    @Path("{id}")
    public OrganizationSummary get(@PathParam("id") long id) {
        return organizations.organization(id).orElseThrow(
                () -> new UnknownPsaRecordException("No organization " + id));
    }

    @PUT
    @Path("{id}")
    public OrganizationSummary update(@PathParam("id") long id, OrganizationInput input) {
        administration.update(id, input == null ? new OrganizationInput(null, null) : input);
        return get(id);
    }

    /** Deactivates the organization; 409 while an enabled AD Sync uses it. */
    @DELETE
    @Path("{id}")
    public Response deactivate(@PathParam("id") long id) {
        administration.deactivate(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/reactivate")
    public OrganizationSummary reactivate(@PathParam("id") long id) {
        administration.reactivate(id);
        return get(id);
    }

    /**
     * Imports organizations from CSV (a name and optionally an external id per line, an optional header line):
     * with {@code preview=true} only says what would be created and skipped, else creates them and says so.
     */
    @POST
    @Path("import")
    @Consumes("text/csv")
    public ImportPlan importCsv(@QueryParam("preview") boolean preview, String csv) {
        return preview ? administration.previewImport(csv) : administration.importCsv(csv);
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
