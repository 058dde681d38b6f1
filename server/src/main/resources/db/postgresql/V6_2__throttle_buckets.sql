-- Rate-limit and login-throttle buckets shared by every node (Bucket4j's PostgreSQL proxy manager: one row per
-- key, locked with SELECT ... FOR UPDATE while a node takes tokens). expires_at is milliseconds since the epoch
-- after which the bucket would be full again, so the row can be deleted. SQLite (one node) keeps them in memory.
CREATE TABLE throttle_buckets (
    id         VARCHAR(512) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX throttle_buckets_expires_at ON throttle_buckets (expires_at);
