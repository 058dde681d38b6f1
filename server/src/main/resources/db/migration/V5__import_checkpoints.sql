-- Imports from other trackers (`polyport import trac ENV`): each object kind is imported in one transaction that
-- ends by recording its checkpoint here, so running an interrupted import again resumes after the last kind
-- that finished instead of duplicating it. source is the canonical path of the imported environment.
CREATE TABLE import_checkpoint (
    source   VARCHAR(1024) NOT NULL,
    kind     VARCHAR(64)   NOT NULL,
    objects  BIGINT        NOT NULL,
    finished BIGINT        NOT NULL,
    PRIMARY KEY (source, kind)
);

-- A user's full name and e-mail address (Trac keeps them in its session tables); empty when unknown.
ALTER TABLE users ADD COLUMN full_name VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN email VARCHAR(255) NOT NULL DEFAULT '';
