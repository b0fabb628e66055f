-- wrk script: POST the 13 November 1962 fact set to /evaluations
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("BODY") or "bench/nov13.json", "r"))
wrk.body = f:read("*a")
f:close()
