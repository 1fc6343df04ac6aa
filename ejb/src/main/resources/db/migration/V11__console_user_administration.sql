-- Issue 18: console users and security levels managed in adsync.
ALTER TABLE console_user ADD COLUMN email VARCHAR(254);
-- Set by a password reset (a one-time password): the user must choose their own at the next sign-in.
ALTER TABLE console_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
-- Null for a user who never signed in: only such a user can be deleted (the others are disabled).
ALTER TABLE console_user ADD COLUMN last_signed_in_at TIMESTAMP(6) WITH TIME ZONE;
-- "Administrator" and "Technician" are built in: adsync keeps them at every start and they cannot be deleted.
ALTER TABLE security_level ADD COLUMN built_in BOOLEAN DEFAULT FALSE NOT NULL;
