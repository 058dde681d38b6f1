-- Disabled accounts and invitations (full name and e-mail came with V5): a user created without a password gets
-- a one-time invitation token, of which only the SHA-256 is stored, redeemable until invitation_expires
-- (microseconds since the epoch). Such a user's password_hash is empty until the invitation is accepted.
ALTER TABLE users ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE users ADD COLUMN invitation_hash VARCHAR(64);
ALTER TABLE users ADD COLUMN invitation_expires BIGINT;
CREATE UNIQUE INDEX users_invitation_hash ON users (invitation_hash);

-- Trac grants ROADMAP_VIEW to anonymous by default.
INSERT INTO permissions (subject, action) VALUES ('anonymous', 'ROADMAP_VIEW');
