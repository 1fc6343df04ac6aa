package org.adsync.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.adsync.security.sso.SsoSignIns;
import org.adsync.web.signin.SingleSignOnFlow;

import java.util.List;
import java.util.Optional;

/**
 * What the sign-in pages show of single sign-on: the "Sign in with …" link beside the form, and why a sign-in
 * through the provider was refused.
 */
@Named
@RequestScoped
public class SingleSignOnPage {

    @Inject
    SsoSignIns signIns;

    @Inject
    ExternalContext externalContext;

    private Optional<String> provider;

    public boolean isOffered() {
        return provider().isPresent();
    }

    public String getProviderName() {
        return provider().orElse("");
    }

    public String getRefusal() {
        return refusal().map(SingleSignOnFlow.Refusal::reason).orElse("There is no refused sign-in to show.");
    }

    /** The group or role values the provider sent, when none of them is mapped to a security level. */
    public List<String> getGroupsSeen() {
        return refusal().map(SingleSignOnFlow.Refusal::groupsSeen).orElse(List.of());
    }

    private Optional<SingleSignOnFlow.Refusal> refusal() {
        return SingleSignOnFlow.refusal((HttpSession) externalContext.getSession(false));
    }

    private Optional<String> provider() {
        if (provider == null) {
            provider = signIns.offeredProvider();
        }
        return provider;
    }
}
