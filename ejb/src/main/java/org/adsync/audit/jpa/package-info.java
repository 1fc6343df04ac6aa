/** JPA adapter of the audit trail's repository. */
package org.adsync.audit.jpa;
