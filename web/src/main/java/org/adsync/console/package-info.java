/**
 * The web console: Jakarta Faces views (PrimeFaces) named after what each page does. Views talk only to the
 * business tier's services and the views (records) they return, never to entities or an EntityManager.
 */
package org.adsync.console;
