-- Issue 20: Active Directory syncs continue from where the last read ended too (the domain controller and its
-- update sequence number), not only Entra ID syncs (Graph's delta link): one column for either kind of position.
ALTER TABLE sync_configuration RENAME COLUMN azure_delta_link TO delta_position;
