/**
 * The Microsoft Entra ID adapter: reads a tenant's users through Microsoft Graph (the Graph SDK for Java with
 * azure-identity's client-secret credential), a page at a time, and continues from Graph's delta link where it can.
 * Its source is {@link org.adsync.directory.graph.GraphTenant}.
 */
package org.adsync.directory.graph;
