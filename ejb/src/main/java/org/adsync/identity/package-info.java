/**
 * The directory identities of synced contacts: a client portal's back end, whose user signed in with their company
 * account (Entra ID or Active Directory), finds that user's contact by tenant and object ID or by user principal
 * name.
 */
package org.adsync.identity;
