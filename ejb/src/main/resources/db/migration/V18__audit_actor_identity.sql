-- Issue 32: the audit trail names a user of the single sign-on provider by the provider's issuer and subject as well
-- as by their name at the time, so that two people who held the same name one after the other are never mixed up.
ALTER TABLE audit_event ADD COLUMN actor_issuer VARCHAR(1024);
ALTER TABLE audit_event ADD COLUMN actor_subject VARCHAR(255);
CREATE INDEX ix_audit_event_actor_subject ON audit_event (actor_subject);
