-- A renewal is a new application for a certificate that is about to expire: it names that
-- certificate, whose data it starts from, and on award the new certificate takes over from it.
ALTER TABLE ovop_application ADD COLUMN replaces_number VARCHAR(32);
CREATE INDEX ix_application_replaces ON ovop_application (replaces_number);
CREATE INDEX ix_certificate_replaces ON ovop_certificate (replaces_number);
