-- Issue 16: a sync's own "disabled when" LDAP filter, for servers that mark a departed account their own way.
-- Null (every existing sync): only the server kind's own flag counts.
ALTER TABLE sync_configuration ADD COLUMN ldap_disabled_filter VARCHAR(4000);
