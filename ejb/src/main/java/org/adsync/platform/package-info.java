/** What the application needs from its platform before anything else runs: the database schema. */
package org.adsync.platform;
