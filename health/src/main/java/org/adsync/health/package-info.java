/**
 * adsync's readiness checks on WildFly's health endpoint ({@code /health/ready} on the management interface), and
 * the interface through which they ask the EJB module for their results. This jar sits in the EAR's lib/, where
 * the MicroProfile Health subsystem finds checks; it knows nothing of the application but that interface.
 */
package org.adsync.health;
