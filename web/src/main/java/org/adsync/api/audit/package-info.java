/** {@code GET /audit}: the audit trail, filtered and paged. */
package org.adsync.api.audit;
