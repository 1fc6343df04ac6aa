package org.adsync.api.psa;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.adsync.psa.BillingProductView;
import org.adsync.psa.OrganizationService;
import org.adsync.security.Permission;

import java.util.List;

/** The contact billing products an AD Sync can give the contacts it creates. */
@Path("billing-products")
@RequestScoped
@RolesAllowed(Permission.Roles.CONFIGURE_MICROSOFT_EXTENSIONS)
@Produces(MediaType.APPLICATION_JSON)
public class BillingProductsResource {

    @Inject
    OrganizationService organizations;

    @GET
    public List<BillingProductView> list() {
        return organizations.billingProducts();
    }
}
