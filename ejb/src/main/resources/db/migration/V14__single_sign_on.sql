-- Single sign-on for console users through OpenID Connect (issue 22).

-- The installation's one OpenID Connect provider (the row with id 1, when an administrator set one up).
CREATE TABLE sso_provider (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    -- ENTRA_ID, KEYCLOAK or OTHER: which of the console's presets filled in the settings
    preset                VARCHAR(16)    NOT NULL,
    -- shown on the sign-in page: "Sign in with <display_name>"
    display_name          VARCHAR(100)   NOT NULL,
    -- the provider's issuer; its .well-known/openid-configuration names every endpoint
    issuer                VARCHAR(1024)  NOT NULL,
    client_id             VARCHAR(255)   NOT NULL,
    -- encrypted like the bind passwords (SecretCipher), never shown
    client_secret         VARCHAR(1024)  NOT NULL,
    scopes                VARCHAR(500)   NOT NULL,
    -- claims tried in order for the user name, comma-separated
    username_claims       VARCHAR(200)   NOT NULL,
    -- the claim with the user's groups or roles; a dotted path reaches into an object (realm_access.roles)
    groups_claim          VARCHAR(200)   NOT NULL,
    -- Entra ID preset: the tenant and its cloud, from which the issuer follows
    entra_tenant_id       VARCHAR(255),
    entra_cloud           VARCHAR(16),
    enabled               BOOLEAN        NOT NULL,
    -- false: only break-glass accounts may sign in with a password
    local_sign_in_for_all BOOLEAN        NOT NULL,
    version               BIGINT         NOT NULL
);

-- Which security level a group or role value gives; the first mapping (lowest position) a user's claims match wins.
CREATE SEQUENCE sso_level_mapping_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sso_level_mapping (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    provider_id        BIGINT        NOT NULL,
    position           INTEGER       NOT NULL,
    claim_value        VARCHAR(256)  NOT NULL,
    security_level_id  BIGINT        NOT NULL,
    CONSTRAINT ux_sso_level_mapping_value UNIQUE (provider_id, claim_value),
    CONSTRAINT fk_sso_level_mapping_provider FOREIGN KEY (provider_id) REFERENCES sso_provider (id),
    CONSTRAINT fk_sso_level_mapping_level FOREIGN KEY (security_level_id) REFERENCES security_level (id)
);

-- A user created at their first sign-in through the provider has no password: they cannot sign in with one.
ALTER TABLE console_user ALTER COLUMN password_hash DROP NOT NULL;
-- The provider's issuer and subject ("sub") of such a user: the account they sign in to, whatever their name.
ALTER TABLE console_user ADD COLUMN sso_issuer VARCHAR(1024);
ALTER TABLE console_user ADD COLUMN sso_subject VARCHAR(255);
CREATE UNIQUE INDEX ux_console_user_sso ON console_user (sso_issuer, sso_subject);
-- May sign in with a password when local sign-in is off for everyone else.
ALTER TABLE console_user ADD COLUMN break_glass BOOLEAN DEFAULT FALSE NOT NULL;

-- The synced people sign in to the PSA's client portal with their company account, and the portal finds their
-- contact by the directory identity (GET /api/identities/contact): by object ID (the anchor: Entra object ID or AD
-- objectGUID) or by user principal name, which directories compare without regard to case.
ALTER TABLE directory_user ADD COLUMN upn_key VARCHAR(1024);
UPDATE directory_user SET upn_key = LOWER(user_principal_name);
CREATE INDEX ix_directory_user_upn_key ON directory_user (upn_key);
CREATE INDEX ix_directory_user_anchor ON directory_user (anchor);
