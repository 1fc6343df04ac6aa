/**
 * What the console and the API may call about syncs: saving, removing and listing AD Sync configurations, Test
 * Connection, previews, the directory users (map, unmap, ignore), an attempt's contact changes and their CSV. The
 * services take input records and return views, never entities.
 */
package org.adsync.sync.admin;
