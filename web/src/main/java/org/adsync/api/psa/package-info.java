/** The API's read-only view of the PSA records: organizations, their contacts, billing products. */
package org.adsync.api.psa;
