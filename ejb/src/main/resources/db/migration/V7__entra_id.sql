-- Entra ID (Azure AD) syncs through Microsoft Graph: the app registration, the cloud and where the last read ended.

ALTER TABLE sync_configuration ADD COLUMN azure_tenant_id VARCHAR(255);
ALTER TABLE sync_configuration ADD COLUMN azure_client_id VARCHAR(36);
-- AES-GCM ciphertext (see SecretCipher), never the secret itself
ALTER TABLE sync_configuration ADD COLUMN azure_client_secret VARCHAR(1024);
-- as the admin copied it from the app registration; the list warns before it passes
ALTER TABLE sync_configuration ADD COLUMN azure_secret_expires_on DATE;
-- the group whose (transitive) members sync; null: every user of the tenant
ALTER TABLE sync_configuration ADD COLUMN azure_group_id VARCHAR(36);
ALTER TABLE sync_configuration ADD COLUMN azure_cloud VARCHAR(16);
ALTER TABLE sync_configuration ADD COLUMN azure_login_host VARCHAR(260);
ALTER TABLE sync_configuration ADD COLUMN azure_graph_host VARCHAR(260);
ALTER TABLE sync_configuration ADD COLUMN azure_trusted_certificates VARCHAR(32000);
-- Graph's @odata.deltaLink after the last successful sync: the next one reads only what changed since
ALTER TABLE sync_configuration ADD COLUMN azure_delta_link VARCHAR(8000);
