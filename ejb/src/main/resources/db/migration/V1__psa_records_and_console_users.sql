-- The PSA records that adsync keeps in step with the directories, and the console's users.
-- Portable SQL: the same script runs on H2 2.x (development) and PostgreSQL 15 (production).
-- Identifiers come from sequences (allocation 50 in the entities) so that Hibernate can batch inserts.

CREATE SEQUENCE organization_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE organization (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX ix_organization_name ON organization (name);

CREATE SEQUENCE contact_billing_product_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE contact_billing_product (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT ux_contact_billing_product_name UNIQUE (name)
);

CREATE SEQUENCE contact_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE contact (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    organization_id     BIGINT       NOT NULL,
    first_name          VARCHAR(100),
    middle_name         VARCHAR(100),
    last_name           VARCHAR(100),
    email               VARCHAR(254),
    -- email folded to lower case: matching by email is not case-sensitive, and H2 has no expression indexes.
    email_key           VARCHAR(254),
    -- the name as matching compares it (NameKey): lower case, accents and special characters removed
    name_key            VARCHAR(320),
    phone               VARCHAR(64),
    mobile_phone        VARCHAR(64),
    title               VARCHAR(200),
    active              BOOLEAN      NOT NULL,
    billing_product_id  BIGINT,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT fk_contact_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_contact_billing_product FOREIGN KEY (billing_product_id) REFERENCES contact_billing_product (id)
);
CREATE INDEX ix_contact_organization ON contact (organization_id, last_name, first_name);
CREATE INDEX ix_contact_email_key ON contact (organization_id, email_key);
CREATE INDEX ix_contact_name_key ON contact (organization_id, name_key);

CREATE SEQUENCE security_level_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE security_level (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT ux_security_level_name UNIQUE (name)
);
CREATE TABLE security_level_permission (
    security_level_id  BIGINT      NOT NULL,
    permission         VARCHAR(64) NOT NULL,
    CONSTRAINT pk_security_level_permission PRIMARY KEY (security_level_id, permission),
    CONSTRAINT fk_security_level_permission FOREIGN KEY (security_level_id) REFERENCES security_level (id)
);

CREATE SEQUENCE console_user_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE console_user (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    username           VARCHAR(100) NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    security_level_id  BIGINT       NOT NULL,
    enabled            BOOLEAN      NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT ux_console_user_username UNIQUE (username),
    CONSTRAINT fk_console_user_security_level FOREIGN KEY (security_level_id) REFERENCES security_level (id)
);
