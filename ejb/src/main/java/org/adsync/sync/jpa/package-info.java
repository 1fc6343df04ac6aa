/** JPA adapters of the sync repositories. */
package org.adsync.sync.jpa;
