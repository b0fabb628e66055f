-- wrk script: POST the 13 November 1962 facts as of a different day each time (a random day of the
-- 50,000 from 13 Nov 1962), so nearly every request is a fact set the decision log has not seen: the
-- log must store a new report for it, the worst case for its cost.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open("bench/nov13.json", "r"))
local template = f:read("*a")
f:close()
local base = os.time{year = 1962, month = 11, day = 13, hour = 12}

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
end

function request()
  local day = os.date("!%Y-%m-%d", base + math.random(0, 49999) * 86400)
  local body = template:gsub('"asOf"%s*:%s*"[%d-]+"', '"asOf": "' .. day .. '"', 1)
  return wrk.format(nil, nil, nil, body)
end
