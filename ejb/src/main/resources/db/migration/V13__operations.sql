-- Operations at scale (issue 21): what the health check, the metrics and the timers ask of every configuration at
-- once lives on the schedule row, so that none of them reads the attempt history or walks every timer.

-- When the configuration's latest sync (not a preview) succeeded, and how many failed since: for the "last
-- successful sync" gauge and the "failed their last 3 attempts" readiness data.
ALTER TABLE sync_schedule ADD COLUMN last_succeeded_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE sync_schedule ADD COLUMN failures_in_a_row INTEGER DEFAULT 0 NOT NULL;

UPDATE sync_schedule SET last_succeeded_at = (
    SELECT MAX(a.finished_at) FROM sync_attempt a
    WHERE a.configuration_id = sync_schedule.configuration_id AND a.outcome = 'SUCCEEDED'
      AND a.trigger_type <> 'PREVIEW');

UPDATE sync_schedule SET failures_in_a_row = (
    SELECT COUNT(*) FROM sync_attempt a
    WHERE a.configuration_id = sync_schedule.configuration_id AND a.outcome = 'FAILED'
      AND a.trigger_type <> 'PREVIEW'
      AND NOT EXISTS (SELECT 1 FROM sync_attempt b
                      WHERE b.configuration_id = a.configuration_id AND b.started_at > a.started_at
                        AND b.outcome IN ('SUCCEEDED', 'HELD') AND b.trigger_type <> 'PREVIEW'));

-- The handle of the configuration's current EJB timer (a serialized jakarta.ejb.TimerHandle, in Base64): cancelling
-- or moving a timer finds it directly, where listing the bean's timers reads every timer from the timer store.
ALTER TABLE sync_schedule ADD COLUMN timer_handle VARCHAR(4000);

-- Work that one server of a cluster does at a time (the timer check at startup): a server locks the task's row
-- for the duration, and records when it last did it.
CREATE TABLE cluster_task (
    name         VARCHAR(50)   NOT NULL PRIMARY KEY,
    last_run_by  VARCHAR(100),
    last_run_at  TIMESTAMP(6) WITH TIME ZONE
);
INSERT INTO cluster_task (name) VALUES ('timer-check');
