-- Responses to REST POSTs that carried an Idempotency-Key, per caller and key, shared by every node on the
-- database. The first request claims the key by inserting the row (status NULL while it runs), then records its
-- response; a failed one deletes its claim. Key and request fingerprint are stored as SHA-256 hex.
-- Rows expire 24 h after the claim. Times are microseconds since the epoch.
-- The body is BYTEA (this dialect's byte type; the other dialect's folder has the same table).
CREATE TABLE idempotency_keys (
    caller       VARCHAR(255) NOT NULL,
    key_hash     VARCHAR(64)  NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    created      BIGINT       NOT NULL,
    status       INTEGER,
    content_type VARCHAR(255),
    headers      TEXT,
    body         BYTEA,
    PRIMARY KEY (caller, key_hash)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created);
