/**
 * Which API calls may reach their resource: signed in (by the container, {@code org.adsync.web.signin}) and with a
 * permission the resource's {@code @RolesAllowed} names; the limit on request bodies.
 */
package org.adsync.api.security;
