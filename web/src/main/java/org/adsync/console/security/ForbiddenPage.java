package org.adsync.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.adsync.security.Permission;

/**
 * What the 403 page says: which permission the page asked for needs, as web.xml's security constraints grant them,
 * so that the user knows what to ask an administrator for.
 */
@Named
@RequestScoped
public class ForbiddenPage {

    @Inject
    ExternalContext externalContext;

    /** The permission's name, or empty when the page asked for is not one of the guarded areas. */
    public String getPermission() {
        Object uri = externalContext.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(externalContext.getRequestContextPath().length());
        Permission needed = neededFor(path);
        return needed == null ? "" : needed.label();
    }

    static Permission neededFor(String path) {
        if (path.equals("/admin/security.xhtml")) {
            return Permission.MANAGE_CONSOLE_USERS;
        }
        if (path.startsWith("/admin/")) {
            return Permission.CONFIGURE_MICROSOFT_EXTENSIONS;
        }
        if (path.startsWith("/organization") || path.startsWith("/contact")) {
            return Permission.VIEW_ORGANIZATIONS;
        }
        return null;
    }
}
