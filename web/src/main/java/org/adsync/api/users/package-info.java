/** Console users and security levels for administrators ("Admin: manage console users"), and one's own password. */
package org.adsync.api.users;
