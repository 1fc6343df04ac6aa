package org.adsync.audit;

import jakarta.enterprise.context.RequestScoped;

import java.io.Serializable;

/**
 * Who acts in the current request, as the console's and the API's sign-in filters tell it: the user (with the single
 * sign-on provider's issuer and subject when they came through it), from which client address, through what, and for
 * the API with which token. A request nobody told about (a timer's) is the schedule's.
 */
@RequestScoped
public class AuditActor implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String SCHEDULE = "(schedule)";

    private String username = SCHEDULE;
    private String issuer;
    private String subject;
    private String clientAddress;
    private AuditChannel channel = AuditChannel.SCHEDULE;
    private String tokenName;

    /** An actor for a record made outside the request's own: a sign-in, before anyone is signed in. */
    public static AuditActor of(AuditedUser user, String address, AuditChannel channel) {
        AuditActor actor = new AuditActor();
        actor.set(user, address, channel, null);
        return actor;
    }

    /** The console's request of a signed-in user (or of someone signing in: the name they gave). */
    public void console(AuditedUser user, String address) {
        set(user, address, AuditChannel.CONSOLE, null);
    }

    /** An API request, signed in with a token (its name) or with a password (null). */
    public void api(AuditedUser user, String address, String token) {
        set(user, address, AuditChannel.API, token);
    }

    private void set(AuditedUser user, String address, AuditChannel through, String token) {
        this.username = user.name().isBlank() ? "(unknown)" : user.name();
        this.issuer = user.issuer();
        this.subject = user.subject();
        this.clientAddress = address;
        this.channel = through;
        this.tokenName = token;
    }

    public String username() {
        return username;
    }

    /** The single sign-on provider's issuer of the user; null for a user who signs in with a password. */
    public String issuer() {
        return issuer;
    }

    /** The provider's subject ("sub") of the user; null for a user who signs in with a password. */
    public String subject() {
        return subject;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public AuditChannel channel() {
        return channel;
    }

    public String tokenName() {
        return tokenName;
    }
}
