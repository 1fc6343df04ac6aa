/**
 * What an operator watches, through WildFly's own machinery: meters for the Micrometer subsystem's Prometheus
 * registry ({@code /prometheus} on the management interface), and the picture of every sync and timer that they
 * and the readiness checks (org.adsync.web.health) show. The meters only observe: the engine and the scheduler
 * fire events and nothing here is called back, so the application runs the same on a server without Micrometer.
 */
package org.adsync.operations;
