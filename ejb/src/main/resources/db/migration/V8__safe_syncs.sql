-- Issue 15: preview, deactivation threshold, and what each attempt did to contacts.

-- How many contacts one sync may deactivate before it is held (DeactivationLimit): DEFAULT is 10% or 50.
ALTER TABLE sync_configuration ADD COLUMN deactivation_limit_kind VARCHAR(16) DEFAULT 'DEFAULT' NOT NULL;
ALTER TABLE sync_configuration ADD COLUMN deactivation_limit INTEGER;

-- A HELD attempt: how many contacts it would have deactivated. An APPROVED one: how many it was allowed to, and
-- by whom.
ALTER TABLE sync_attempt ADD COLUMN held_deactivations INTEGER;
ALTER TABLE sync_attempt ADD COLUMN approved_deactivations INTEGER;
ALTER TABLE sync_attempt ADD COLUMN approved_by VARCHAR(100);

-- What an attempt did to each contact (or a preview would do), kept as long as the attempt.
CREATE SEQUENCE contact_change_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE contact_change (
    id              BIGINT        NOT NULL PRIMARY KEY,
    attempt_id      BIGINT        NOT NULL,
    -- null for a contact a preview would create
    contact_id      BIGINT,
    contact_name    VARCHAR(256),
    directory_user  VARCHAR(256),
    kind            VARCHAR(16)   NOT NULL,
    -- per field: name, value before, value after (FieldChanges)
    field_changes   VARCHAR(8000),
    note            VARCHAR(1000),
    changed_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_contact_change_attempt FOREIGN KEY (attempt_id) REFERENCES sync_attempt (id) ON DELETE CASCADE
);
CREATE INDEX ix_contact_change_attempt ON contact_change (attempt_id, kind, id);
CREATE INDEX ix_contact_change_contact ON contact_change (contact_id, id);

-- A preview works on a scratch copy of the configuration's directory users, filed under a set id that is no
-- configuration's (PreviewScratch), so the users table no longer refers to sync_configuration. Removing a sync
-- still removes its users (SyncConfigurationRepository.removeWithHistory).
ALTER TABLE directory_user DROP CONSTRAINT fk_directory_user_configuration;

-- The last change of the settings that decide who is in scope (base DN, filter, group, ...), in words, and when:
-- what a held sync names as the likely cause.
ALTER TABLE sync_configuration ADD COLUMN scope_change VARCHAR(2000);
ALTER TABLE sync_configuration ADD COLUMN scope_changed_at TIMESTAMP(6) WITH TIME ZONE;

-- The audit trail (AuditEvent): who did what, when, from where and through what. Organization and sync are
-- copied by id and name without foreign keys: the record of a removed sync stays.
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_event (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    occurred_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor              VARCHAR(100)  NOT NULL,
    channel            VARCHAR(16)   NOT NULL,
    token_name         VARCHAR(100),
    client_address     VARCHAR(64),
    kind               VARCHAR(32)   NOT NULL,
    organization_id    BIGINT,
    organization_name  VARCHAR(200),
    configuration_id   BIGINT,
    subject            VARCHAR(200),
    details            VARCHAR(4000)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_organization ON audit_event (organization_id, occurred_at);
