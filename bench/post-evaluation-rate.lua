-- wrk script: POST the 13 November 1962 fact set at a set rate. wrk is closed-loop; each connection waits
-- DELAY_MS (from the environment) before each request, so the rate is about connections / (delay + latency).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("BODY") or "bench/nov13.json", "r"))
wrk.body = f:read("*a")
f:close()
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
function delay()
  return delay_ms
end
