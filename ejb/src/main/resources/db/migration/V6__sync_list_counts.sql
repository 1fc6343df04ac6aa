-- The AD Sync list page (issue 6) sorts 10,000 configurations by Sync'd Users and Conflicts. Counting directory
-- users per row for every page would scan them all, so each configuration carries its counts, refreshed when an
-- attempt ends and when an admin maps or ignores a user.
ALTER TABLE sync_configuration ADD COLUMN synced_users INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE sync_configuration ADD COLUMN conflicts INTEGER DEFAULT 0 NOT NULL;

UPDATE sync_configuration SET
    synced_users = (SELECT COUNT(*) FROM directory_user u
                    WHERE u.configuration_id = sync_configuration.id AND u.state = 'SYNCED'),
    conflicts = (SELECT COUNT(*) FROM directory_user u
                 WHERE u.configuration_id = sync_configuration.id AND u.state = 'CONFLICT');

-- Filtering by organization name and sorting by it go through the organization; sorting by Last Sync reads the
-- latest attempt per configuration through ix_sync_attempt_configuration.
