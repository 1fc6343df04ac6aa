/**
 * What an operator watches, through WildFly's own machinery: meters for the Micrometer subsystem's Prometheus
 * registry ({@code /prometheus} on the management interface), and the picture of every sync and timer that they
 * and the readiness checks (org.adsync.health, in the EAR's library) show. The meters only observe: the engine and
 * the scheduler fire events, and nothing else in the application calls into this package.
 */
package org.adsync.operations;
