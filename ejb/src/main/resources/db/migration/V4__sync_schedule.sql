-- Schedules (issue 4): each AD Sync's interval, when it runs next, and the lease that lets only one server of a
-- cluster run it at a time.

-- Seconds between syncs; the console and the API refuse less than 15 minutes (24 hours by default, as the seed says).
ALTER TABLE sync_configuration ADD COLUMN sync_interval_s INTEGER DEFAULT 86400 NOT NULL;

-- One row per configuration, created with it and removed with it. The lease is taken with a conditional update
-- ("where lease_expires_at is null or lease_expires_at < now"), so two servers never run the same sync; a server
-- that dies holding it blocks the organization only until the lease expires. The running server renews it.
CREATE TABLE sync_schedule (
    configuration_id    BIGINT        NOT NULL PRIMARY KEY,
    next_sync_at        TIMESTAMP(6) WITH TIME ZONE,
    lease_holder        VARCHAR(100),
    lease_expires_at    TIMESTAMP(6) WITH TIME ZONE,
    running_since       TIMESTAMP(6) WITH TIME ZONE,
    running_attempt_id  BIGINT,
    CONSTRAINT fk_sync_schedule_configuration FOREIGN KEY (configuration_id) REFERENCES sync_configuration (id)
);

INSERT INTO sync_schedule (configuration_id) SELECT id FROM sync_configuration;
