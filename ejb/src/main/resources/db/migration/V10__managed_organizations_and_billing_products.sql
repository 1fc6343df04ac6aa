-- Issue 18: organizations and billing products are managed in adsync itself.
-- An organization is deactivated, never deleted (its contacts and audit records keep pointing at it); the external
-- id is the key of another system (a CRM's), given in a CSV import or through the API.
ALTER TABLE organization ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE organization ADD COLUMN external_id VARCHAR(200);
-- At most one billing product is the one a new AD Sync offers first.
ALTER TABLE contact_billing_product ADD COLUMN default_for_new_syncs BOOLEAN DEFAULT FALSE NOT NULL;
