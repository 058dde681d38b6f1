-- Trac's default grants for the pseudo-groups, limited to the actions Polyport knows. Neither group gets
-- XML_RPC, as in Trac: RPC access is granted explicitly (e.g. `polyport permission add authenticated XML_RPC`).
-- The first `serve` creates the user admin with TRAC_ADMIN, which implies every action.
INSERT INTO permissions (subject, action) VALUES ('anonymous', 'TICKET_VIEW');
INSERT INTO permissions (subject, action) VALUES ('anonymous', 'WIKI_VIEW');
INSERT INTO permissions (subject, action) VALUES ('anonymous', 'SEARCH_VIEW');
INSERT INTO permissions (subject, action) VALUES ('anonymous', 'MILESTONE_VIEW');
INSERT INTO permissions (subject, action) VALUES ('authenticated', 'TICKET_CREATE');
INSERT INTO permissions (subject, action) VALUES ('authenticated', 'TICKET_MODIFY');
INSERT INTO permissions (subject, action) VALUES ('authenticated', 'WIKI_CREATE');
INSERT INTO permissions (subject, action) VALUES ('authenticated', 'WIKI_MODIFY');
