-- GET /api/v1/customers?q=<part of a name> as the flagship's consultant.
math.randomseed(42)
wrk.headers["Authorization"] = "Basic " .. os.getenv("BENCH_AUTH")
local parts = {"王伟", "李芳", "张娜", "秀英", "陈静华", "刘洋", "黄磊", "赵敏"}
request = function()
  local q = parts[math.random(#parts)]
  return wrk.format("GET", "/api/v1/customers?size=20&q=" .. q:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
-- The 95th percentile, which wrk's --latency table leaves out (microseconds to milliseconds).
done = function(summary, latency, requests)
  io.write(string.format("p95_ms %.2f\n", latency:percentile(95) / 1000))
end
