/**
 * Directory sync: the AD Sync configuration of an organization, the directory users the syncs saw and their
 * mapping to contacts, the attempts, and the one engine that runs a sync for every kind of directory. The engine
 * reads through the {@link org.adsync.directory.DirectoryReader} port and writes contacts through the PSA
 * records' repositories. Rules: ../shared/docs/PRODUCT.md, "Sync rules".
 */
package org.adsync.sync;
