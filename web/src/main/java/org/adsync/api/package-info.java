/**
 * The REST API (Jakarta REST, JSON): the same services as the console, with the same permission, for scripts and
 * monitoring. Resources translate between JSON and the services' requests and views and hold no rules of their
 * own; errors leave as RFC 9457 problem documents ({@code org.adsync.api.problem}); callers sign in with an API
 * token or their console password ({@code org.adsync.api.security}). The API is described in
 * {@code openapi.yaml}, served at /adsync/api/openapi.yaml.
 */
package org.adsync.api;
