-- wrk script for the bench: every request carries its own identity (user agent and client IP), as a crowd of
-- buyers clicking one link would, with the headers Cloudflare's edge adds to it (CF-Connecting-IP, and CF-IPCountry,
-- which our zone's IP Geolocation setting turns on), and the summary is printed as one JSON line that
-- bench/load.mjs reads.
-- Usage: wrk ... -s bench/wrk-identities.lua <url> -- <prefix>
local prefix = "r"
local counter = 0
local COUNTRIES = { "CN", "CN", "CN", "HK", "TW", "SG", "MY", "US", "JP", "KR" }
local UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 n/"

function init(args)
  if args[1] then prefix = args[1] end
end

function request()
  counter = counter + 1
  local n = counter
  local ip = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
  return wrk.format(nil, nil, {
    ["User-Agent"] = UA .. prefix .. "-" .. n,
    ["CF-Connecting-IP"] = ip,
    ["X-Forwarded-For"] = ip,
    ["CF-IPCountry"] = COUNTRIES[n % #COUNTRIES + 1],
  })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"duration_us":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"p50":%d,"p90":%d,"p99":%d,"mean":%.1f,"max":%d}}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max))
end
