-- SHA-256 (hex) of each stored document's bytes and of what each certificate states. Rows from
-- before have none until the first integrity check records it (kg.ovop.monitoring.IntegrityCheck).
ALTER TABLE ovop_application_document ADD COLUMN sha256 CHAR(64);
ALTER TABLE ovop_grant_document ADD COLUMN sha256 CHAR(64);
ALTER TABLE ovop_certificate ADD COLUMN sha256 CHAR(64);
