CREATE TABLE notes_note (
    id     INTEGER PRIMARY KEY,
    text   TEXT NOT NULL,
    author TEXT NOT NULL
);
