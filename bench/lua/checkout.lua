-- POST /api/v1/orders as the flagship's consultant: one main product, a fresh Idempotency-Key.
-- BENCH_PRODUCTS holds the product ids to pick from (comma-separated).
local products = {}
for id in string.gmatch(os.getenv("BENCH_PRODUCTS"), "%d+") do products[#products + 1] = id end
local counter = 0
local thread_tag
function setup(thread)
  thread:set("tag", tostring(math.random(1, 1000000000)))
end
function init(args)
  thread_tag = tag or tostring(math.random(1, 1000000000))
  math.randomseed(tonumber(thread_tag))
end
wrk.method = "POST"
wrk.headers["Authorization"] = "Basic " .. os.getenv("BENCH_AUTH")
wrk.headers["Content-Type"] = "application/json"
request = function()
  counter = counter + 1
  local body = string.format(
    '{"lines":[{"productId":%s,"quantity":1}],"payment":"CASH"}', products[math.random(#products)])
  wrk.headers["Idempotency-Key"] = "bench-" .. thread_tag .. "-" .. counter
  return wrk.format(nil, "/api/v1/orders", nil, body)
end
