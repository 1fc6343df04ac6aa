package org.adsync.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.adsync.security.PasswordChecksRefusedException;
import org.adsync.security.admin.InvalidSecurityRequestException;
import org.adsync.security.admin.UserAdministration;
import org.adsync.web.signin.AdsyncAuthentication;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * The page where every user changes their own password, and where one who signed in with a one-time password
 * must choose their own before anything else opens.
 */
@Named
@RequestScoped
public class PasswordChangeView {

    /** Which input shows a refusal about which field. */
    private static final Map<String, String> INPUTS = Map.of("currentPassword", "passwordForm:currentPassword",
            "newPassword", "passwordForm:newPassword");

    @Inject
    UserAdministration users;

    @Inject
    SecurityContext securityContext;

    @Inject
    ExternalContext externalContext;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void change() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            faces.addMessage("passwordForm:repeatedPassword", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The two new passwords differ.", "The two new passwords differ."));
            return;
        }
        char[] current = currentPassword == null ? new char[0] : currentPassword.toCharArray();
        char[] chosen = newPassword.toCharArray();
        try {
            users.changeOwnPassword(securityContext.getCallerPrincipal().getName(), current, chosen,
                    new UserAdministration.ClientOf(((HttpServletRequest) externalContext.getRequest())
                            .getRemoteAddr(), null));
        } catch (PasswordChecksRefusedException refused) {
            faces.addMessage(INPUTS.get("currentPassword"), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    refused.getMessage(), refused.getMessage()));
            return;
        } catch (InvalidSecurityRequestException refused) {
            faces.addMessage(INPUTS.get(refused.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    refused.getMessage(), refused.getMessage()));
            return;
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(chosen, '\0');
        }
        AdsyncAuthentication.keepAfterPasswordChange((HttpSession) externalContext.getSession(true));
        externalContext.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Password changed",
                "Use the new password from your next sign-in on."));
        externalContext.redirect(externalContext.getRequestContextPath() + "/");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
