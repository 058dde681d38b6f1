-- wrk script: POST the body in $BODY_FILE with $CONTENT_TYPE and Basic auth $AUTH (base64 user:password).
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = os.getenv("CONTENT_TYPE")
wrk.headers["Authorization"] = "Basic " .. os.getenv("AUTH")
