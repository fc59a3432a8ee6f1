-- A sale to a customer found by phone, as the flagship's consultant does it at the counter:
-- GET /api/v1/customers?q=<phone> (an exact mobile number), then POST /api/v1/orders for the found
-- customer with one main product and a fresh Idempotency-Key. BENCH_PRODUCTS holds the product ids
-- to pick from (comma-separated); BENCH_CUSTOMERS how many customers generate-customers.sql made
-- (the flagship holds every tenth: phones 13 + nine digits, a multiple of 10).
-- Prints "orders: N" at the end: the sales made (wrk's requests/s counts both requests).
local products = {}
for id in string.gmatch(os.getenv("BENCH_PRODUCTS"), "%d+") do products[#products + 1] = id end
local customers = tonumber(os.getenv("BENCH_CUSTOMERS"))
local threads = {}
local counter = 0
local pending = {}
orders = 0
searches = 0
-- LuaJIT's math.random starts from the same seed in every wrk process: without a seed of its own,
-- each run would send the previous run's keys again (answered as repeats, not sales).
local urandom = io.open("/dev/urandom", "rb")
local seed = 0
for byte in urandom:read(4):gmatch(".") do seed = seed * 256 + byte:byte() end
urandom:close()
math.randomseed(seed % 2147483647)
function setup(thread)
  thread:set("tag", tostring(math.random(1, 1000000000)))
  table.insert(threads, thread)
end
function init(args)
  math.randomseed(tonumber(tag))
end
wrk.headers["Authorization"] = "Basic " .. os.getenv("BENCH_AUTH")
wrk.headers["Content-Type"] = "application/json"
request = function()
  if #pending > 0 then
    local customer = table.remove(pending)
    counter = counter + 1
    orders = orders + 1
    wrk.headers["Idempotency-Key"] = "bench-c-" .. tag .. "-" .. counter
    local body = string.format(
      '{"customerId":%s,"lines":[{"productId":%s,"quantity":1}],"payment":"CASH"}',
      customer, products[math.random(#products)])
    return wrk.format("POST", "/api/v1/orders", nil, body)
  end
  searches = searches + 1
  local phone = string.format("13%09d", 10 * math.random(1, math.floor(customers / 10)))
  return wrk.format("GET", "/api/v1/customers?q=" .. phone .. "&size=1")
end
response = function(status, headers, body)
  local id = string.match(body, '"items":%[{.-"id":(%d+)')
  if status == 200 and id then table.insert(pending, id) end
end
done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("orders") end
  io.write(string.format("orders: %d\n", total))
end
