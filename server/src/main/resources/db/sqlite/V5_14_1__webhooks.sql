-- Webhooks: each follows the event journal with its own cursor, so delivery survives restarts and keeps order.
-- The secret signs deliveries (HMAC-SHA256) and must be readable to do so; it is not a login credential.
CREATE TABLE webhooks (
    id             INTEGER       NOT NULL PRIMARY KEY,
    url            VARCHAR(2000) NOT NULL,
    secret         VARCHAR(255)  NOT NULL,
    kinds          VARCHAR(1000) NOT NULL,
    created        BIGINT        NOT NULL,
    created_by     VARCHAR(255)  NOT NULL,
    cursor         INTEGER       NOT NULL,
    attempts       INTEGER       NOT NULL,
    next_attempt   BIGINT        NOT NULL,
    last_status    INTEGER,
    last_error     VARCHAR(1000) NOT NULL,
    last_delivered BIGINT
);
