-- AD Sync: one configuration per organization, the directory users the syncs saw, and every sync attempt.

CREATE SEQUENCE sync_configuration_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sync_configuration (
    id                          BIGINT        NOT NULL PRIMARY KEY,
    organization_id             BIGINT        NOT NULL,
    enabled                     BOOLEAN       NOT NULL,
    directory_type              VARCHAR(16)   NOT NULL,
    ldap_host                   VARCHAR(255),
    ldap_port                   INTEGER,
    ldap_transport              VARCHAR(16),
    ldap_bind_dn                VARCHAR(1024),
    -- AES-GCM ciphertext (see SecretCipher), never the password itself
    ldap_bind_password          VARCHAR(1024),
    ldap_base_dn                VARCHAR(1024),
    ldap_filter                 VARCHAR(4000),
    ldap_group_dn               VARCHAR(1024),
    ldap_page_size              INTEGER,
    ldap_connect_timeout_s      INTEGER,
    ldap_response_timeout_s     INTEGER,
    -- PEM certificates an admin trusted for this directory, in addition to the JVM's trust store
    ldap_trusted_certificates   VARCHAR(32000),
    synced_fields               VARCHAR(200)  NOT NULL,
    billing_product_id          BIGINT,
    ssl_status                  VARCHAR(32)   NOT NULL,
    ssl_detail                  VARCHAR(2000),
    ssl_checked_at              TIMESTAMP(6) WITH TIME ZONE,
    certificate_expires_at      TIMESTAMP(6) WITH TIME ZONE,
    created_at                  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version                     BIGINT        NOT NULL,
    -- "a 1:1 relationship": at most one AD Sync per organization
    CONSTRAINT ux_sync_configuration_organization UNIQUE (organization_id),
    CONSTRAINT fk_sync_configuration_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_sync_configuration_billing_product FOREIGN KEY (billing_product_id)
        REFERENCES contact_billing_product (id)
);

CREATE SEQUENCE sync_attempt_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sync_attempt (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    configuration_id    BIGINT        NOT NULL,
    trigger_type        VARCHAR(16)   NOT NULL,
    started_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP(6) WITH TIME ZONE,
    outcome             VARCHAR(16)   NOT NULL,
    message             VARCHAR(4000),
    users_read          INTEGER       NOT NULL,
    created             INTEGER       NOT NULL,
    updated             INTEGER       NOT NULL,
    deactivated         INTEGER       NOT NULL,
    reactivated         INTEGER       NOT NULL,
    conflicts           INTEGER       NOT NULL,
    errors              INTEGER       NOT NULL,
    CONSTRAINT fk_sync_attempt_configuration FOREIGN KEY (configuration_id) REFERENCES sync_configuration (id)
);
CREATE INDEX ix_sync_attempt_configuration ON sync_attempt (configuration_id, started_at);

CREATE SEQUENCE directory_user_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE directory_user (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    configuration_id     BIGINT        NOT NULL,
    -- AD objectGUID, LDAP entryUUID or Entra object id: stable through renames and moves
    anchor               VARCHAR(64)   NOT NULL,
    dn                   VARCHAR(2048),
    account_name         VARCHAR(256),
    user_principal_name  VARCHAR(1024),
    display_name         VARCHAR(256),
    first_name           VARCHAR(100),
    middle_name          VARCHAR(100),
    last_name            VARCHAR(100),
    email                VARCHAR(254),
    email_key            VARCHAR(254),
    name_key             VARCHAR(320),
    phone                VARCHAR(64),
    mobile_phone         VARCHAR(64),
    title                VARCHAR(200),
    department           VARCHAR(200),
    disabled             BOOLEAN       NOT NULL,
    in_scope             BOOLEAN       NOT NULL,
    ignored              BOOLEAN       NOT NULL,
    manually_mapped      BOOLEAN       NOT NULL,
    state                VARCHAR(16)   NOT NULL,
    state_reason         VARCHAR(1000),
    -- set when the directory's values cannot be taken as they are (e.g. longer than a contact field allows)
    data_problem         VARCHAR(1000),
    contact_id           BIGINT,
    -- a hash of everything the directory said about the user: a sync skips users whose fingerprint is unchanged
    fingerprint          BIGINT        NOT NULL,
    changed_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT ux_directory_user_anchor UNIQUE (configuration_id, anchor),
    CONSTRAINT fk_directory_user_configuration FOREIGN KEY (configuration_id) REFERENCES sync_configuration (id),
    CONSTRAINT fk_directory_user_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE SET NULL
);
CREATE INDEX ix_directory_user_state ON directory_user (configuration_id, state);
CREATE INDEX ix_directory_user_email_key ON directory_user (configuration_id, email_key);
CREATE INDEX ix_directory_user_name_key ON directory_user (configuration_id, name_key);
CREATE INDEX ix_directory_user_contact ON directory_user (contact_id);
-- a sync walks a configuration's users in id order, batch by batch
CREATE INDEX ix_directory_user_walk ON directory_user (configuration_id, id);
