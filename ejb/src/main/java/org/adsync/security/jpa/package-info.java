/** JPA adapter of the console user repository. */
package org.adsync.security.jpa;
