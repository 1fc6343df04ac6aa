/** JPA adapters of the PSA record repositories. */
package org.adsync.psa.jpa;
