-- Issue 31: an approval is bound to the held attempt. A HELD attempt records the version of the settings it ran
-- with: once they change, it can no longer be approved. An admin may reject (dismiss) a hold: by whom and when.
ALTER TABLE sync_attempt ADD COLUMN settings_version BIGINT;
ALTER TABLE sync_attempt ADD COLUMN rejected_by VARCHAR(100);
ALTER TABLE sync_attempt ADD COLUMN rejected_at TIMESTAMP(6) WITH TIME ZONE;
