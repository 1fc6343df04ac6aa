package org.adsync.console.security;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.adsync.console.Notices;
import org.adsync.platform.RequestRefusedException;
import org.adsync.security.Permission;
import org.adsync.security.admin.ConsoleUserChange;
import org.adsync.security.admin.ConsoleUserView;
import org.adsync.security.admin.Delegation;
import org.adsync.security.admin.InvalidSecurityRequestException;
import org.adsync.security.admin.NewConsoleUser;
import org.adsync.security.admin.SecurityLevelAdministration;
import org.adsync.security.admin.SecurityLevelInput;
import org.adsync.security.admin.SecurityLevelView;
import org.adsync.security.admin.UserAdministration;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Admin > Security: console users (add with a one-time password shown once, edit, disable and enable, reset the
 * password, delete one who never signed in) and security levels (add, edit, delete).
 */
@Named
@ViewScoped
public class SecurityAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration users;

    @Inject
    SecurityLevelAdministration levels;

    @Inject
    SecurityContext securityContext;

    @Inject
    Delegation delegation;

    private List<ConsoleUserView> userList;
    private List<SecurityLevelView> levelList;
    private Long editedUserId;
    private String username;
    private String displayName;
    private String email;
    private Long securityLevelId;
    private String oneTimePassword;
    private String oneTimePasswordUser;
    private Long editedLevelId;
    private String levelName;
    private List<String> levelPermissions = new ArrayList<>();
    private Set<Permission> held = EnumSet.noneOf(Permission.class);

    @PostConstruct
    void load() {
        userList = users.users();
        levelList = levels.levels();
        held = EnumSet.noneOf(Permission.class);
        held.addAll(delegation.heldBy(me()));
    }

    /** Whether the signed-in user may reset, disable, enable, move or delete this user: not themselves, none above. */
    public boolean mayChange(ConsoleUserView user) {
        return !user.username().equalsIgnoreCase(me()) && levelList.stream()
                .filter(level -> level.id() == user.securityLevelId()).allMatch(this::mayGive);
    }

    /** Whether the signed-in user may change or delete this level: not their own, none that holds more. */
    public boolean mayChange(SecurityLevelView level) {
        boolean own = userList.stream().anyMatch(user -> user.username().equalsIgnoreCase(me())
                && user.securityLevelId() == level.id());
        return !own && mayGive(level);
    }

    /** Whether the signed-in user may put someone in this level: they hold all it grants. */
    public boolean mayGive(SecurityLevelView level) {
        return held.containsAll(level.permissions());
    }

    public boolean holds(Permission permission) {
        return held.contains(permission);
    }

    public void startAddingUser() {
        editedUserId = null;
        username = null;
        displayName = null;
        email = null;
        securityLevelId = null;
    }

    public void startEditingUser(ConsoleUserView user) {
        editedUserId = user.id();
        username = user.username();
        displayName = user.displayName();
        email = user.email();
        securityLevelId = user.securityLevelId();
    }

    /** Adds the user (showing their one-time password once) or saves the change; refusals stay beside the field. */
    public void saveUser() {
        try {
            if (editedUserId == null) {
                var added = users.add(new NewConsoleUser(username, displayName, email, securityLevelId, null), me());
                showOneTimePassword(added.user().username(), added.oneTimePassword());
            } else {
                users.update(editedUserId, new ConsoleUserChange(displayName, email, securityLevelId), me());
                Notices.info("User saved", username);
            }
            load();
        } catch (InvalidSecurityRequestException refused) {
            Notices.refused("consoleUserForm:" + refused.field(), refused.getMessage());
        } catch (RequestRefusedException refused) {
            Notices.refused(null, refused.getMessage());
        }
    }

    public void disable(ConsoleUserView user) {
        act(() -> users.disable(user.id(), me()), "User disabled", user.username()
                + " is signed out at their next click; their API tokens stop.");
    }

    public void enable(ConsoleUserView user) {
        act(() -> users.enable(user.id(), me()), "User enabled", user.username());
    }

    public void delete(ConsoleUserView user) {
        act(() -> users.delete(user.id(), me()), "User deleted", user.username());
    }

    public void resetPassword(ConsoleUserView user) {
        try {
            showOneTimePassword(user.username(), users.resetPassword(user.id(), me()));
            load();
        } catch (RequestRefusedException refused) {
            Notices.warn("Not done", refused.getMessage());
        }
    }

    public void startAddingLevel() {
        editedLevelId = null;
        levelName = null;
        levelPermissions = new ArrayList<>();
    }

    public void startEditingLevel(SecurityLevelView level) {
        editedLevelId = level.id();
        levelName = level.name();
        levelPermissions = new ArrayList<>(level.permissions().stream().map(Permission::name).toList());
    }

    public void saveLevel() {
        List<String> granted = List.copyOf(levelPermissions);
        try {
            if (editedLevelId == null) {
                levels.add(new SecurityLevelInput(levelName, granted), me());
                Notices.info("Security level added", levelName);
            } else {
                levels.update(editedLevelId, new SecurityLevelInput(levelName, granted), me());
                Notices.info("Security level saved", levelName);
            }
            load();
        } catch (InvalidSecurityRequestException refused) {
            Notices.refused("levelForm:" + ("permissions".equals(refused.field()) ? "levelPermissions" : "levelName"),
                    refused.getMessage());
        } catch (RequestRefusedException refused) {
            Notices.refused(null, refused.getMessage());
        }
    }

    public void deleteLevel(SecurityLevelView level) {
        act(() -> levels.delete(level.id(), me()), "Security level deleted", level.name());
    }

    private void showOneTimePassword(String user, String password) {
        oneTimePasswordUser = user;
        oneTimePassword = password;
        PrimeFaces.current().executeScript("PF('passwordDialog').show()");
    }

    /** Closing the dialog forgets the one-time password: it is shown once. */
    public void forgetOneTimePassword() {
        oneTimePassword = null;
        oneTimePasswordUser = null;
    }

    private void act(Runnable action, String done, String detail) {
        if (Notices.attempt(action, done, detail)) {
            load();
        }
    }

    private String me() {
        return securityContext.getCallerPrincipal().getName();
    }

    public List<ConsoleUserView> getUsers() {
        return userList;
    }

    public List<SecurityLevelView> getLevels() {
        return levelList;
    }

    public List<Permission> getPermissions() {
        return List.of(Permission.values());
    }

    public boolean isEditingUser() {
        return editedUserId != null;
    }

    public boolean isEditingLevel() {
        return editedLevelId != null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getSecurityLevelId() {
        return securityLevelId;
    }

    public void setSecurityLevelId(Long securityLevelId) {
        this.securityLevelId = securityLevelId;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public String getOneTimePasswordUser() {
        return oneTimePasswordUser;
    }

    public String getLevelName() {
        return levelName;
    }

    public void setLevelName(String levelName) {
        this.levelName = levelName;
    }

    /** The names of the permissions ticked in the level's dialog. */
    public List<String> getLevelPermissions() {
        return levelPermissions;
    }

    public void setLevelPermissions(List<String> levelPermissions) {
        this.levelPermissions = levelPermissions;
    }
}
