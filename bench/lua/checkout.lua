-- POST /api/v1/orders as the flagship's consultant: one main product, a fresh Idempotency-Key.
-- BENCH_PRODUCTS holds the product ids to pick from (comma-separated).
local products = {}
for id in string.gmatch(os.getenv("BENCH_PRODUCTS"), "%d+") do products[#products + 1] = id end
local counter = 0
local thread_tag
-- LuaJIT's math.random starts from the same seed in every wrk process: without a seed of its own,
-- each run would send the previous run's keys again (answered as repeats, not sales).
local urandom = io.open("/dev/urandom", "rb")
local seed = 0
for byte in urandom:read(4):gmatch(".") do seed = seed * 256 + byte:byte() end
urandom:close()
math.randomseed(seed % 2147483647)
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
