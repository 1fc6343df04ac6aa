/** The console's Audit page: who did what, when, from where and through what. */
package org.adsync.console.audit;
