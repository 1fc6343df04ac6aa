-- Issue 32: a password change or reset ends every other session of the user. Sessions signed in before this
-- moment stop at their next request.
ALTER TABLE console_user ADD COLUMN credentials_changed_at TIMESTAMP(6) WITH TIME ZONE;
