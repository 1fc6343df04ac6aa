-- API tokens (issue 5): what scripts present instead of a password. Only the token's SHA-256 is stored; the token
-- itself is shown once, when it is created. A token acts with its user's current permissions, so demoting or
-- disabling the user limits the token at once; revoking deletes the row.
CREATE TABLE api_token (
    id              BIGINT        NOT NULL PRIMARY KEY,
    console_user_id BIGINT        NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    token_hash      CHAR(64)      NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP(6) WITH TIME ZONE,
    last_used_at    TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT fk_api_token_user FOREIGN KEY (console_user_id) REFERENCES console_user (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);

CREATE INDEX ix_api_token_user ON api_token (console_user_id);

CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;
