/**
 * The audit trail: who did what to which sync, user mapping, API token or sign-in, when, from which client address
 * and through what (the console, the API with a token's name, the schedule). Recorded in the transaction of the
 * action itself, so an action that failed leaves no record of having happened; kept for a configurable time (365
 * days by default) and outliving the syncs it names.
 */
package org.adsync.audit;
