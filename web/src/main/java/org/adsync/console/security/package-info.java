/**
 * The console's side of signing in (the sign-in error page's message; the mechanism itself is
 * {@code org.adsync.web.signin}), the browser security headers of every response, and what the current user may
 * see.
 */
package org.adsync.console.security;
