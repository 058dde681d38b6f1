-- The event journal: every domain event (ticket created/changed/deleted, wiki page saved/deleted, attachment
-- added/removed, milestone completed), written in the transaction that made it. Ids grow in commit order, so a
-- reader following them (the timeline's cursor, webhook delivery) misses and repeats nothing.
CREATE TABLE event_log (
    id      INTEGER      NOT NULL PRIMARY KEY,
    time    BIGINT       NOT NULL,
    kind    VARCHAR(40)  NOT NULL,
    realm   VARCHAR(20)  NOT NULL,
    target  VARCHAR(255) NOT NULL,
    author  VARCHAR(255) NOT NULL,
    title   VARCHAR(1000) NOT NULL,
    text    TEXT         NOT NULL,
    payload TEXT         NOT NULL
);
CREATE INDEX event_log_time ON event_log (time);
CREATE INDEX event_log_target ON event_log (realm, target);

-- As in Trac, everyone may see the timeline (each event still needs the view permission of its realm).
INSERT INTO permissions (subject, action) VALUES ('anonymous', 'TIMELINE_VIEW');
