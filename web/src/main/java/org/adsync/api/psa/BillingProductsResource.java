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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.adsync.api.Locations;
import org.adsync.psa.BillingProductView;
import org.adsync.psa.OrganizationService;
import org.adsync.psa.UnknownPsaRecordException;
import org.adsync.psa.admin.BillingProductAdministration;
import org.adsync.psa.admin.BillingProductInput;
import org.adsync.security.Permission;

import java.util.List;

/**
 * The contact billing products an AD Sync can give the contacts it creates: add, rename, make one the default for
 * new syncs, deactivate (DELETE; 409 while a sync gives it).
 */
@Path("billing-products")
@RequestScoped
@RolesAllowed(Permission.Roles.CONFIGURE_MICROSOFT_EXTENSIONS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BillingProductsResource {

    @Inject
    OrganizationService organizations;

    @Inject
    BillingProductAdministration administration;

    @Context
    UriInfo uri;

    @GET
    public List<BillingProductView> list() {
        return organizations.billingProducts();
    }

    @POST
    public Response add(BillingProductInput input) {
        long id = administration.add(input == null ? new BillingProductInput(null, null) : input);
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION,
                Locations.of(uri, "billing-products", Long.toString(id))).entity(get(id)).build();
    }

    @GET
    @Path("{id}")
    public BillingProductView get(@PathParam("id") long id) {
        return organizations.billingProducts().stream().filter(product -> product.id() == id).findFirst()
                .orElseThrow(() -> new UnknownPsaRecordException("No billing product " + id));
    }

    @PUT
    @Path("{id}")
    public BillingProductView update(@PathParam("id") long id, BillingProductInput input) {
        administration.update(id, input == null ? new BillingProductInput(null, null) : input);
        return get(id);
    }

    @DELETE
    @Path("{id}")
    public Response deactivate(@PathParam("id") long id) {
        administration.deactivate(id);
        return Response.noContent().build();
    }
}
