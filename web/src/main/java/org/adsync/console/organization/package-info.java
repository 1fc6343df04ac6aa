/** The organization list, the organization page with its contacts, and the contacts page. */
package org.adsync.console.organization;
