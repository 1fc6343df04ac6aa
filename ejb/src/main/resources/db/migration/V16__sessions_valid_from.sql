-- Issue 32: a password change or reset, or the single sign-on provider's back-channel logout, ends the user's
-- sessions. Sessions signed in before this moment stop at their next request, on every server of a cluster.
ALTER TABLE console_user ADD COLUMN sessions_valid_from TIMESTAMP(6) WITH TIME ZONE;
