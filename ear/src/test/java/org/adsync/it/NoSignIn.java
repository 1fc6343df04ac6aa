package org.adsync.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The authentication mechanism of the test-only web modules: none of their requests signs in. Jakarta Security
 * installs a mechanism in every web module of an application once one module has one, and each module looks it up
 * among the beans it can see; the console's mechanism lives in the console's module, which the test modules cannot
 * see into, so each declares this one.
 */
@ApplicationScoped
public class NoSignIn implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return context.doNothing();
    }
}
