/**
 * The one engine that runs a sync for every kind of directory: it takes the organization's lease, reads through
 * the {@link org.adsync.directory.Directories} port into the snapshot of directory users, reconciles them with the
 * contacts batch by batch (matching rounds, keys, email and field writes), holds a sync that would deactivate too
 * many, and logs the attempt. A preview runs the same steps on a scratch copy. Each batch commits on its own; the
 * engine itself holds no transaction.
 */
package org.adsync.sync.engine;
