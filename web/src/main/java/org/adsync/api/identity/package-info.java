/**
 * GET /api/identities/contact: a client portal's back end finds the contact of a user who signed in with their
 * company account (permission "Resolve SSO identities", with an API token).
 */
package org.adsync.api.identity;
