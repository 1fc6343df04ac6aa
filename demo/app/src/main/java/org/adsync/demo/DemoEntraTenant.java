package org.adsync.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.adsync.demo.directory.EntraLookAlike;
import org.adsync.demo.directory.EntraUser;
import org.adsync.psa.PersonName;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo's Entra ID look-alike on https://localhost:10443 (sign-in and Graph on the same host): the tenant of
 * Fabrikam Inc, whose users overlap with Fabrikam's contacts, plus newcomers, a disabled account, a guest and the
 * group "Sales". Set up an Azure sync of Fabrikam with the cloud "Other hosts", both hosts localhost:10443 and the
 * certificate that this class logs on start (see the README).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoEntraTenant {

    public static final int PORT = Integer.getInteger("adsync.demo.entra.port", 10443);
    public static final String TENANT_ID = "f4b1c2d3-0000-4000-8000-00000000fab1";
    public static final String CLIENT_ID = "c1e2a3b4-0000-4000-8000-0000000ad5c1";
    /** The demo's own throw-away secret, printed in the README; a real secret is only ever stored encrypted. */
    public static final String CLIENT_SECRET = "Demo~Entra-Secret-2026";
    public static final String SALES_GROUP_ID = "5a1e5000-0000-4000-8000-00000000a1e5";
    static final String DOMAIN = "fabrikaminc.example";

    private static final Logger LOG = Logger.getLogger(DemoEntraTenant.class.getName());

    private EntraLookAlike tenant;

    @PostConstruct
    void start() {
        if (!DemoMode.isOn()) {
            return;
        }
        try {
            tenant = EntraLookAlike.start(DemoMode.dataDirectory().resolve("demo-entra.p12"), PORT, TENANT_ID, DOMAIN,
                    CLIENT_ID, CLIENT_SECRET);
            List<String> sales = fill(tenant);
            tenant.putGroup(SALES_GROUP_ID, "Sales", sales);
            LOG.info(() -> "Demo Entra ID tenant listening on https://" + tenant.host() + " (tenant " + TENANT_ID
                    + ", client " + CLIENT_ID + ")");
        } catch (IOException | GeneralSecurityException e) {
            // The demo tenant is a convenience: the console still starts without it.
            LOG.severe(() -> "The demo Entra ID tenant could not start: " + e.getMessage());
        }
    }

    /** Fabrikam's six contacts as users (same names and mail), twelve newcomers, one disabled, one guest. */
    static List<String> fill(EntraLookAlike tenant) {
        List<String> sales = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            PersonName name = DemoPeople.nameAt(i * 7);
            String mail = DemoPeople.emailFor(name, DOMAIN);
            String id = String.format("0000fab1-0000-4000-8000-%012d", i);
            EntraUser user = new EntraUser(id, name.first() + " " + name.last(), name.first(), name.last(), mail,
                    mail, "+1 555 0110 " + (1000 + i), null, i % 3 == 0 ? "Account Manager" : "Engineer",
                    i % 3 == 0 ? "Sales" : "Engineering", i != 13, i == 17 ? "Guest" : "Member", null);
            tenant.put(user);
            if (i % 3 == 0) {
                sales.add(id);
            }
        }
        return sales;
    }

    @PreDestroy
    void stop() {
        if (tenant != null) {
            tenant.close();
        }
    }
}
