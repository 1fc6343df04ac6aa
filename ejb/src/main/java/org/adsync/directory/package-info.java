/**
 * The port between the sync engine and the directories: a reader that streams a directory's users in scope as
 * neutral {@link org.adsync.directory.DirectoryEntry} pages, tests a connection step by step, and reports failures
 * as {@link org.adsync.directory.DirectoryException}s that an admin can act on. One adapter per kind of
 * directory ({@code ldap}, later {@code graph}); vendor quirks stay in the adapter.
 */
package org.adsync.directory;
