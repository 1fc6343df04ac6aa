package org.adsync.security;

/**
 * A sign-in with a name and password, where it came from ({@code clientAddress}, as the servlet container sees
 * it) and through which door ({@code channel}: the console's form, or the API's HTTP Basic), for the log.
 */
public record SignInRequest(String username, char[] password, String clientAddress, String channel) {

    @Override
    public String toString() {
        return "SignInRequest[" + username + " from " + clientAddress + " via " + channel + ", password=(hidden)]";
    }
}
