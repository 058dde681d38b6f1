CREATE TABLE kit_note_ticket (
    ticket INTEGER PRIMARY KEY
);
INSERT INTO kit_note (text) VALUES ('welcome');
