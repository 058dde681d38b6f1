-- Wiki pages with their full history (one row per saved version) and the files attached to pages.
-- Times are microseconds since the epoch. PostgreSQL's version of SQLite's V3: file contents are BYTEA.
CREATE TABLE wiki (
    name     VARCHAR(255) NOT NULL,
    version  INTEGER      NOT NULL,
    time     BIGINT       NOT NULL,
    author   VARCHAR(255) NOT NULL,
    text     TEXT         NOT NULL,
    comment  TEXT,
    readonly BOOLEAN      NOT NULL,
    PRIMARY KEY (name, version)
);
CREATE INDEX wiki_time ON wiki (time);

-- Files attached to wiki pages, stored in the database so several nodes can share them.
CREATE TABLE wiki_attachment (
    page        VARCHAR(255) NOT NULL,
    filename    VARCHAR(255) NOT NULL,
    description TEXT         NOT NULL,
    size        BIGINT       NOT NULL,
    time        BIGINT       NOT NULL,
    author      VARCHAR(255) NOT NULL,
    content     BYTEA        NOT NULL,
    PRIMARY KEY (page, filename)
);
