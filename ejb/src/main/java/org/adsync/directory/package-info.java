/**
 * The port between the sync engine and the directories: a {@link org.adsync.directory.DirectoryReader} per kind of
 * directory streams the users in scope as neutral {@link org.adsync.directory.DirectoryEntry} pages, tests a
 * connection step by step, and reports failures as {@link org.adsync.directory.DirectoryException}s that an admin can
 * act on; {@link org.adsync.directory.Directories} hands each source to the adapter that owns its kind. The port
 * imports nothing that uses it: each adapter ({@code ldap}, {@code graph}) owns its source record, onto which the
 * caller maps its own settings, and vendor quirks stay in the adapter.
 */
package org.adsync.directory;
