package org.adsync.demo;

import org.adsync.psa.PersonName;

import java.util.UUID;

/** A person of the demo directory, before it is written as an LDAP entry. */
record DemoPerson(UUID objectGuid, PersonName name, String accountName, String email, String phone,
                  String title, String department, boolean disabled) {
}
