CREATE TABLE kit_note (
    id   INTEGER PRIMARY KEY,
    text TEXT NOT NULL
);
