/** The identity lookups as JPA queries: one indexed query each. */
package org.adsync.identity.jpa;
