/**
 * Directory sync's domain: the AD Sync configuration of an organization (with its LDAP or Entra ID settings as
 * stored and as entered), the directory users the syncs saw and their mapping to contacts, the attempts and what
 * each did to contacts, the schedule state; their repositories (JPA adapters in {@code sync.jpa}) and the exceptions
 * their rules throw. The engine that runs a sync is in {@link org.adsync.sync.engine}; the services the console and
 * the API call are in {@link org.adsync.sync.admin}. The sync's rules are written out in
 * docs/administration.md, under "AD Sync (LDAP / Active Directory)" and "Safe syncs".
 */
package org.adsync.sync;
