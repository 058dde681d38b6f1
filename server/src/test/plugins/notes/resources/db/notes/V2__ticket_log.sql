CREATE TABLE notes_ticket_log (
    seq    INTEGER PRIMARY KEY,
    entry  TEXT NOT NULL
);
