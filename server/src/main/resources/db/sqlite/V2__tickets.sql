-- Tickets, their custom field values, change history and attachments, and the administration objects
-- (enums, milestones, components, versions) tickets refer to by name. Times are microseconds since the epoch.

CREATE TABLE ticket (
    id          INTEGER      NOT NULL PRIMARY KEY,
    type        VARCHAR(255) NOT NULL,
    time        BIGINT       NOT NULL,
    changetime  BIGINT       NOT NULL,
    component   VARCHAR(255) NOT NULL,
    severity    VARCHAR(255) NOT NULL,
    priority    VARCHAR(255) NOT NULL,
    owner       VARCHAR(255) NOT NULL,
    reporter    VARCHAR(255) NOT NULL,
    cc          TEXT         NOT NULL,
    version     VARCHAR(255) NOT NULL,
    milestone   VARCHAR(255) NOT NULL,
    status      VARCHAR(255) NOT NULL,
    resolution  VARCHAR(255) NOT NULL,
    summary     TEXT         NOT NULL,
    description TEXT         NOT NULL,
    keywords    TEXT         NOT NULL
);
CREATE INDEX ticket_status ON ticket (status);
CREATE INDEX ticket_owner ON ticket (owner);
CREATE INDEX ticket_reporter ON ticket (reporter);
CREATE INDEX ticket_milestone ON ticket (milestone);
CREATE INDEX ticket_component ON ticket (component);
CREATE INDEX ticket_type ON ticket (type);
CREATE INDEX ticket_priority ON ticket (priority);
CREATE INDEX ticket_time ON ticket (time);
CREATE INDEX ticket_changetime ON ticket (changetime);

-- Values of the custom fields declared in the configuration; a missing row means the field's default.
CREATE TABLE ticket_custom (
    ticket INTEGER      NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    name   VARCHAR(255) NOT NULL,
    value  TEXT         NOT NULL,
    PRIMARY KEY (ticket, name)
);

-- One row per changed field of a change; rows of one change share ticket, time and author. A change always
-- has a 'comment' row whose oldvalue is the comment number and newvalue the (possibly empty) comment text.
CREATE TABLE ticket_change (
    id       INTEGER      NOT NULL PRIMARY KEY,
    ticket   INTEGER      NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    time     BIGINT       NOT NULL,
    author   VARCHAR(255) NOT NULL,
    field    VARCHAR(255) NOT NULL,
    oldvalue TEXT,
    newvalue TEXT
);
CREATE INDEX ticket_change_ticket_time ON ticket_change (ticket, time);

-- Files attached to tickets, stored in the database so several nodes can share them.
CREATE TABLE ticket_attachment (
    ticket      INTEGER      NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    filename    VARCHAR(255) NOT NULL,
    description TEXT         NOT NULL,
    size        BIGINT       NOT NULL,
    time        BIGINT       NOT NULL,
    author      VARCHAR(255) NOT NULL,
    content     BLOB         NOT NULL,
    PRIMARY KEY (ticket, filename)
);

-- The ordered enums: type, priority, severity, resolution. value is the position, as a string (Trac's form).
CREATE TABLE ticket_enum (
    type  VARCHAR(32)  NOT NULL,
    name  VARCHAR(255) NOT NULL,
    value VARCHAR(255) NOT NULL,
    PRIMARY KEY (type, name)
);

CREATE TABLE milestone (
    name        VARCHAR(255) NOT NULL PRIMARY KEY,
    due         BIGINT,
    completed   BIGINT,
    description TEXT         NOT NULL
);

CREATE TABLE component (
    name        VARCHAR(255) NOT NULL PRIMARY KEY,
    owner       VARCHAR(255) NOT NULL,
    description TEXT         NOT NULL
);

CREATE TABLE version (
    name        VARCHAR(255) NOT NULL PRIMARY KEY,
    time        BIGINT,
    description TEXT         NOT NULL
);

-- Trac's defaults for a new environment.
INSERT INTO ticket_enum (type, name, value) VALUES ('type', 'defect', '1');
INSERT INTO ticket_enum (type, name, value) VALUES ('type', 'enhancement', '2');
INSERT INTO ticket_enum (type, name, value) VALUES ('type', 'task', '3');
INSERT INTO ticket_enum (type, name, value) VALUES ('priority', 'blocker', '1');
INSERT INTO ticket_enum (type, name, value) VALUES ('priority', 'critical', '2');
INSERT INTO ticket_enum (type, name, value) VALUES ('priority', 'major', '3');
INSERT INTO ticket_enum (type, name, value) VALUES ('priority', 'minor', '4');
INSERT INTO ticket_enum (type, name, value) VALUES ('priority', 'trivial', '5');
INSERT INTO ticket_enum (type, name, value) VALUES ('resolution', 'fixed', '1');
INSERT INTO ticket_enum (type, name, value) VALUES ('resolution', 'invalid', '2');
INSERT INTO ticket_enum (type, name, value) VALUES ('resolution', 'wontfix', '3');
INSERT INTO ticket_enum (type, name, value) VALUES ('resolution', 'duplicate', '4');
INSERT INTO ticket_enum (type, name, value) VALUES ('resolution', 'worksforme', '5');
INSERT INTO component (name, owner, description) VALUES ('component1', 'somebody', '');
INSERT INTO component (name, owner, description) VALUES ('component2', 'somebody', '');
INSERT INTO milestone (name, due, completed, description) VALUES ('milestone1', NULL, NULL, '');
INSERT INTO milestone (name, due, completed, description) VALUES ('milestone2', NULL, NULL, '');
INSERT INTO milestone (name, due, completed, description) VALUES ('milestone3', NULL, NULL, '');
INSERT INTO milestone (name, due, completed, description) VALUES ('milestone4', NULL, NULL, '');
INSERT INTO version (name, time, description) VALUES ('1.0', NULL, '');
INSERT INTO version (name, time, description) VALUES ('2.0', NULL, '');
