-- Users, permission grants (to users and groups) and API tokens. Times are microseconds since the epoch.
CREATE TABLE users (
    name          VARCHAR(255) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    created       BIGINT       NOT NULL
);

-- A grant of an action to a subject (a user, a group, or the pseudo-groups anonymous and authenticated).
-- As in Trac, a row whose action is not an upper-case action name makes the subject a member of that group.
CREATE TABLE permissions (
    subject VARCHAR(255) NOT NULL,
    action  VARCHAR(255) NOT NULL,
    PRIMARY KEY (subject, action)
);

-- API tokens for Bearer authentication; only a SHA-256 hash of each token is stored. The id is the public
-- part of the token (it appears in the token itself), used to list and revoke tokens without knowing them.
CREATE TABLE api_tokens (
    token_hash VARCHAR(64)  NOT NULL PRIMARY KEY,
    id         VARCHAR(32)  NOT NULL UNIQUE,
    username   VARCHAR(255) NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    label      VARCHAR(255) NOT NULL,
    created    BIGINT       NOT NULL
);
CREATE INDEX api_tokens_username ON api_tokens (username);
