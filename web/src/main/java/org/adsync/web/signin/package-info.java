/**
 * How a request to the web tier signs in: one Jakarta Security authentication mechanism for the console (a form
 * whose sign-in the session remembers) and the API (an API token or HTTP Basic on every call, no session), over one
 * identity store of the application's own users. The container then knows the caller, so {@code isUserInRole},
 * the console's security constraints and {@code @RolesAllowed} all rest on the same sign-in.
 */
package org.adsync.web.signin;
