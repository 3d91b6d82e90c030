-- Single-use links sent by e-mail: a password reset (valid an hour) and the confirmation of a new
-- account's address. Only a hash of each token is kept, so the table gives no working link away.
CREATE TABLE ovop_account_token (
    token_hash VARCHAR(64)  PRIMARY KEY,
    user_id    VARCHAR(64)  NOT NULL,
    purpose    VARCHAR(16)  NOT NULL CHECK (purpose IN ('reset-password', 'confirm-email')),
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_account_token_user ON ovop_account_token (user_id, purpose, created_at);
