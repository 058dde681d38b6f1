-- Patchwork's domain in tables of its own. Dialect-neutral (SQLite and PostgreSQL): ids are handed out from
-- pw_sequence, date-times are UTC text 'YYYY-MM-DD HH:MM:SS[.ffffff]' (sortable), booleans are 0/1.

CREATE TABLE pw_sequence (
    name     VARCHAR(32) PRIMARY KEY,
    next_id  BIGINT NOT NULL
);
INSERT INTO pw_sequence (name, next_id) VALUES ('project', 1);
INSERT INTO pw_sequence (name, next_id) VALUES ('account', 1);
INSERT INTO pw_sequence (name, next_id) VALUES ('person', 1);
INSERT INTO pw_sequence (name, next_id) VALUES ('series', 1);
INSERT INTO pw_sequence (name, next_id) VALUES ('cover', 1);
INSERT INTO pw_sequence (name, next_id) VALUES ('patch', 1);
INSERT INTO pw_sequence (name, next_id) VALUES ('comment', 1);
INSERT INTO pw_sequence (name, next_id) VALUES ('check', 1);

CREATE TABLE pw_project (
    id            BIGINT PRIMARY KEY,
    linkname      VARCHAR(255) NOT NULL UNIQUE,
    name          VARCHAR(255) NOT NULL UNIQUE,
    listid        VARCHAR(255) NOT NULL UNIQUE,
    listemail     VARCHAR(255) NOT NULL,
    subject_match VARCHAR(64) NOT NULL DEFAULT '',
    web_url       VARCHAR(2000) NOT NULL DEFAULT '',
    scm_url       VARCHAR(2000) NOT NULL DEFAULT '',
    webscm_url    VARCHAR(2000) NOT NULL DEFAULT ''
);

-- Polyport users the patch domain refers to (maintainers, delegates, check authors), numbered for the API.
CREATE TABLE pw_account (
    id        BIGINT PRIMARY KEY,
    username  VARCHAR(255) NOT NULL UNIQUE
);

CREATE TABLE pw_maintainer (
    project_id  BIGINT NOT NULL REFERENCES pw_project (id),
    account_id  BIGINT NOT NULL REFERENCES pw_account (id),
    PRIMARY KEY (project_id, account_id)
);

CREATE TABLE pw_person (
    id          BIGINT PRIMARY KEY,
    email       VARCHAR(255) NOT NULL,
    email_key   VARCHAR(255) NOT NULL UNIQUE,
    name        VARCHAR(255),
    account_id  BIGINT REFERENCES pw_account (id)
);

CREATE TABLE pw_state (
    id               BIGINT PRIMARY KEY,
    name             VARCHAR(100) NOT NULL UNIQUE,
    ordering         INTEGER NOT NULL UNIQUE,
    action_required  INTEGER NOT NULL
);
INSERT INTO pw_state (id, name, ordering, action_required) VALUES (1, 'New', 0, 1);
INSERT INTO pw_state (id, name, ordering, action_required) VALUES (2, 'Under Review', 1, 1);
INSERT INTO pw_state (id, name, ordering, action_required) VALUES (3, 'Accepted', 2, 0);
INSERT INTO pw_state (id, name, ordering, action_required) VALUES (4, 'Rejected', 3, 0);
INSERT INTO pw_state (id, name, ordering, action_required) VALUES (5, 'RFC', 4, 0);
INSERT INTO pw_state (id, name, ordering, action_required) VALUES (6, 'Not Applicable', 5, 0);
INSERT INTO pw_state (id, name, ordering, action_required) VALUES (7, 'Changes Requested', 6, 0);
INSERT INTO pw_state (id, name, ordering, action_required) VALUES (8, 'Awaiting Upstream', 7, 0);
INSERT INTO pw_state (id, name, ordering, action_required) VALUES (9, 'Superseded', 8, 0);
INSERT INTO pw_state (id, name, ordering, action_required) VALUES (10, 'Deferred', 9, 0);

CREATE TABLE pw_series (
    id            BIGINT PRIMARY KEY,
    project_id    BIGINT NOT NULL REFERENCES pw_project (id),
    date          VARCHAR(32) NOT NULL,
    submitter_id  BIGINT NOT NULL REFERENCES pw_person (id),
    version       INTEGER NOT NULL,
    total         INTEGER NOT NULL,
    cover_id      BIGINT
);

CREATE TABLE pw_series_reference (
    project_id  BIGINT NOT NULL REFERENCES pw_project (id),
    msgid       VARCHAR(255) NOT NULL,
    series_id   BIGINT NOT NULL REFERENCES pw_series (id),
    PRIMARY KEY (project_id, msgid)
);

CREATE TABLE pw_cover (
    id            BIGINT PRIMARY KEY,
    project_id    BIGINT NOT NULL REFERENCES pw_project (id),
    msgid         VARCHAR(255) NOT NULL,
    name          VARCHAR(255) NOT NULL,
    date          VARCHAR(32) NOT NULL,
    headers       TEXT NOT NULL,
    submitter_id  BIGINT NOT NULL REFERENCES pw_person (id),
    content       TEXT,
    series_id     BIGINT REFERENCES pw_series (id),
    UNIQUE (project_id, msgid)
);

CREATE TABLE pw_patch (
    id            BIGINT PRIMARY KEY,
    project_id    BIGINT NOT NULL REFERENCES pw_project (id),
    msgid         VARCHAR(255) NOT NULL,
    name          VARCHAR(255) NOT NULL,
    date          VARCHAR(32) NOT NULL,
    headers       TEXT NOT NULL,
    submitter_id  BIGINT NOT NULL REFERENCES pw_person (id),
    content       TEXT,
    diff          TEXT,
    hash          VARCHAR(40),
    state_id      BIGINT NOT NULL REFERENCES pw_state (id),
    archived      INTEGER NOT NULL DEFAULT 0,
    delegate_id   BIGINT REFERENCES pw_account (id),
    commit_ref    VARCHAR(255),
    pull_url      VARCHAR(255),
    series_id     BIGINT REFERENCES pw_series (id),
    number        INTEGER,
    UNIQUE (project_id, msgid)
);
CREATE INDEX pw_patch_hash ON pw_patch (hash);
CREATE INDEX pw_patch_series ON pw_patch (series_id);

CREATE TABLE pw_comment (
    id            BIGINT PRIMARY KEY,
    patch_id      BIGINT REFERENCES pw_patch (id),
    cover_id      BIGINT REFERENCES pw_cover (id),
    msgid         VARCHAR(255) NOT NULL,
    date          VARCHAR(32) NOT NULL,
    headers       TEXT NOT NULL,
    submitter_id  BIGINT NOT NULL REFERENCES pw_person (id),
    content       TEXT
);
CREATE INDEX pw_comment_patch ON pw_comment (patch_id);
CREATE INDEX pw_comment_cover ON pw_comment (cover_id);

-- Acked-by / Reviewed-by / Tested-by lines counted over a patch and its replies, as Patchwork's tag columns.
CREATE TABLE pw_patch_tag (
    patch_id  BIGINT NOT NULL REFERENCES pw_patch (id),
    tag       VARCHAR(32) NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (patch_id, tag)
);

CREATE TABLE pw_check (
    id           BIGINT PRIMARY KEY,
    patch_id     BIGINT NOT NULL REFERENCES pw_patch (id),
    account_id   BIGINT NOT NULL REFERENCES pw_account (id),
    date         VARCHAR(32) NOT NULL,
    state        INTEGER NOT NULL,
    target_url   VARCHAR(2000) NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    context      VARCHAR(255) NOT NULL
);
CREATE INDEX pw_check_patch ON pw_check (patch_id);
