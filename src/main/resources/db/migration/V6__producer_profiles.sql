-- A producer's own details, kept once and copied into every new application form.
CREATE TABLE ovop_producer_profile (
    username           VARCHAR(64)  NOT NULL PRIMARY KEY,
    producer_type      VARCHAR(32)  NOT NULL,
    producer_name      VARCHAR(200) NOT NULL,
    taxpayer_number    VARCHAR(14)  NOT NULL,
    phone              VARCHAR(16)  NOT NULL,
    email              VARCHAR(200) NOT NULL,
    preferred_language VARCHAR(2)   NOT NULL,
    region_code        VARCHAR(8)   NOT NULL REFERENCES ovop_region (iso_code),
    district           VARCHAR(100) NOT NULL,
    aiyl_aimak         VARCHAR(100) NOT NULL,
    village            VARCHAR(100) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
