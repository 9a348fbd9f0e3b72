-- The preflight a browser sends before the sample client's PUT of a note with a bearer token.
wrk.method = "OPTIONS"
wrk.path = "/api/notes/1"
wrk.headers["Origin"] = "http://localhost:5173"
wrk.headers["Access-Control-Request-Method"] = "PUT"
wrk.headers["Access-Control-Request-Headers"] = "authorization,content-type"
