INSERT INTO note (text) VALUES ('Reading is public: GET /api/notes needs no token.');
INSERT INTO note (text) VALUES ('Writing JSON from another origin makes the browser send a preflight first.');
INSERT INTO note (text) VALUES ('Editing and deleting need a bearer token from POST /api/auth/token.');
