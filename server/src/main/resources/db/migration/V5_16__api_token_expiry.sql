-- Login sessions of protocols with cookies (RT's REST 1.0) are API tokens that expire: microseconds since the
-- epoch, NULL for tokens that do not expire.
ALTER TABLE api_tokens ADD COLUMN expires BIGINT;
