package org.adsync.sync;

/**
 * Which directory users the AD Users tab and {@code GET /syncs/{id}/users} list: of one status (null: all), and
 * if asked, only those with an error, a value the directory has that its contact cannot take (invalid users, and
 * synced users with a value left out).
 */
public record DirectoryUserFilter(DirectoryUserState state, boolean withErrors) {

    public static final DirectoryUserFilter ALL = new DirectoryUserFilter(null, false);

    public static DirectoryUserFilter of(DirectoryUserState state) {
        return new DirectoryUserFilter(state, false);
    }
}
