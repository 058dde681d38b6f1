-- Full-text search over tickets (summary, description, keywords, comments), wiki pages (name, latest text) and
-- milestones (name, description), kept up to date by triggers, so every write updates the index in its own
-- transaction without the writing code knowing about search.
--
-- search_doc names each indexed object; its id is the rowid of the object's row in the FTS5 table search_fts,
-- whose columns are title (summary / page name / milestone name) and body (everything else). This file is
-- SQLite's implementation; a PostgreSQL one would keep a tsvector per search_doc row instead.
CREATE TABLE search_doc (
    id   INTEGER      NOT NULL PRIMARY KEY,
    kind VARCHAR(16)  NOT NULL,
    ref  VARCHAR(255) NOT NULL,
    UNIQUE (kind, ref)
);

/* [jooq ignore start] */
CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
-- Ranking: BM25 with a match in the title worth four times one in the body.
INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

-- Wiki pages: the latest version of each page. Saving inserts a version; deleting versions may expose an
-- older one or remove the page.
CREATE TRIGGER search_wiki_insert AFTER INSERT ON wiki BEGIN
    INSERT OR IGNORE INTO search_doc (kind, ref) VALUES ('wiki', NEW.name);
    DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_doc WHERE kind = 'wiki' AND ref = NEW.name);
    INSERT INTO search_fts (rowid, title, body)
        SELECT id, NEW.name, NEW.text FROM search_doc WHERE kind = 'wiki' AND ref = NEW.name;
END;

CREATE TRIGGER search_wiki_delete AFTER DELETE ON wiki BEGIN
    DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_doc WHERE kind = 'wiki' AND ref = OLD.name);
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, w.name, w.text FROM search_doc d JOIN wiki w ON w.name = d.ref
        WHERE d.kind = 'wiki' AND d.ref = OLD.name
          AND w.version = (SELECT max(version) FROM wiki WHERE name = OLD.name);
    DELETE FROM search_doc
        WHERE kind = 'wiki' AND ref = OLD.name AND NOT EXISTS (SELECT 1 FROM wiki WHERE name = OLD.name);
END;

-- Tickets: summary as title; description, keywords and every non-empty comment as body.
CREATE TRIGGER search_ticket_insert AFTER INSERT ON ticket BEGIN
    INSERT OR IGNORE INTO search_doc (kind, ref) VALUES ('ticket', CAST(NEW.id AS TEXT));
    INSERT INTO search_fts (rowid, title, body)
        SELECT id, NEW.summary, NEW.description || char(10) || NEW.keywords
        FROM search_doc WHERE kind = 'ticket' AND ref = CAST(NEW.id AS TEXT);
END;

CREATE TRIGGER search_ticket_update AFTER UPDATE OF summary, description, keywords ON ticket BEGIN
    DELETE FROM search_fts
        WHERE rowid = (SELECT id FROM search_doc WHERE kind = 'ticket' AND ref = CAST(NEW.id AS TEXT));
    INSERT INTO search_fts (rowid, title, body)
        SELECT d.id, NEW.summary, NEW.description || char(10) || NEW.keywords
               || coalesce((SELECT char(10) || group_concat(c.newvalue, char(10)) FROM ticket_change c
                            WHERE c.ticket = NEW.id AND c.field = 'comment' AND c.newvalue <> ''), '')
        FROM search_doc d WHERE d.kind = 'ticket' AND d.ref = CAST(NEW.id AS TEXT);
END;

CREATE TRIGGER search_ticket_delete AFTER DELETE ON ticket BEGIN
    DELETE FROM search_fts
        WHERE rowid = (SELECT id FROM search_doc WHERE kind = 'ticket' AND ref = CAST(OLD.id AS TEXT));
    DELETE FROM search_doc WHERE kind = 'ticket' AND ref = CAST(OLD.id AS TEXT);
END;

-- A comment added, edited or removed re-indexes its ticket (if the ticket still exists).
CREATE TRIGGER search_comment_insert AFTER INSERT ON ticket_change WHEN NEW.field = 'comment' BEGIN
    UPDATE ticket SET summary = summary WHERE id = NEW.ticket;
END;

CREATE TRIGGER search_comment_update AFTER UPDATE ON ticket_change WHEN NEW.field = 'comment' BEGIN
    UPDATE ticket SET summary = summary WHERE id = NEW.ticket;
END;

CREATE TRIGGER search_comment_delete AFTER DELETE ON ticket_change WHEN OLD.field = 'comment' BEGIN
    UPDATE ticket SET summary = summary WHERE id = OLD.ticket;
END;

-- Milestones: name as title, description as body.
CREATE TRIGGER search_milestone_insert AFTER INSERT ON milestone BEGIN
    INSERT OR IGNORE INTO search_doc (kind, ref) VALUES ('milestone', NEW.name);
    INSERT INTO search_fts (rowid, title, body)
        SELECT id, NEW.name, NEW.description FROM search_doc WHERE kind = 'milestone' AND ref = NEW.name;
END;

CREATE TRIGGER search_milestone_update AFTER UPDATE OF name, description ON milestone BEGIN
    DELETE FROM search_fts
        WHERE rowid = (SELECT id FROM search_doc WHERE kind = 'milestone' AND ref = OLD.name);
    DELETE FROM search_doc WHERE kind = 'milestone' AND ref = OLD.name;
    INSERT INTO search_doc (kind, ref) VALUES ('milestone', NEW.name);
    INSERT INTO search_fts (rowid, title, body)
        SELECT id, NEW.name, NEW.description FROM search_doc WHERE kind = 'milestone' AND ref = NEW.name;
END;

CREATE TRIGGER search_milestone_delete AFTER DELETE ON milestone BEGIN
    DELETE FROM search_fts
        WHERE rowid = (SELECT id FROM search_doc WHERE kind = 'milestone' AND ref = OLD.name);
    DELETE FROM search_doc WHERE kind = 'milestone' AND ref = OLD.name;
END;

-- Index what earlier migrations created (WikiStart, the default milestones).
INSERT INTO search_doc (kind, ref) SELECT DISTINCT 'wiki', name FROM wiki;
INSERT INTO search_doc (kind, ref) SELECT 'ticket', CAST(id AS TEXT) FROM ticket;
INSERT INTO search_doc (kind, ref) SELECT 'milestone', name FROM milestone;
INSERT INTO search_fts (rowid, title, body)
    SELECT d.id, w.name, w.text FROM search_doc d JOIN wiki w ON w.name = d.ref
    WHERE d.kind = 'wiki' AND w.version = (SELECT max(version) FROM wiki WHERE name = w.name);
INSERT INTO search_fts (rowid, title, body)
    SELECT d.id, t.summary, t.description || char(10) || t.keywords
           || coalesce((SELECT char(10) || group_concat(c.newvalue, char(10)) FROM ticket_change c
                        WHERE c.ticket = t.id AND c.field = 'comment' AND c.newvalue <> ''), '')
    FROM search_doc d JOIN ticket t ON d.ref = CAST(t.id AS TEXT) WHERE d.kind = 'ticket';
INSERT INTO search_fts (rowid, title, body)
    SELECT d.id, m.name, m.description FROM search_doc d JOIN milestone m ON m.name = d.ref
    WHERE d.kind = 'milestone';
/* [jooq ignore stop] */
