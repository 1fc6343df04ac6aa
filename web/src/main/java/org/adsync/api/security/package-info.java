/** How an API call signs in (API token or HTTP Basic with a console user) and which permission it needs. */
package org.adsync.api.security;
