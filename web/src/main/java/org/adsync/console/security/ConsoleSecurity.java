package org.adsync.console.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.adsync.security.Permission;

/**
 * Form login for the console: the login page posts to j_security_check and {@link ConsoleIdentityStore} checks the
 * credentials. Which pages need which permission is declared in web.xml.
 */
@ApplicationScoped
@FormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml",
        errorPage = "/login-failed.xhtml"))
@DeclareRoles({Permission.Roles.CONFIGURE_MICROSOFT_EXTENSIONS, Permission.Roles.VIEW_ORGANIZATIONS})
public class ConsoleSecurity {
}
