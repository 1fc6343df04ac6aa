/**
 * The Microsoft Entra ID adapter: reads a tenant's users through Microsoft Graph (the Graph SDK for Java with
 * azure-identity's client-secret credential), a page at a time, and continues from Graph's delta link where it can.
 */
package org.adsync.directory.graph;
