-- GET /api/v1/customers?q=<7-digit phone prefix> as the flagship's consultant.
math.randomseed(42)
wrk.headers["Authorization"] = "Basic " .. os.getenv("BENCH_AUTH")
request = function()
  -- Generated phones are 1300 + a 7-digit number: each prefix matches about 1,000 of the
  -- flagship's customers (a page of 20 and their count).
  return wrk.format("GET", string.format("/api/v1/customers?q=1300%03d&size=20", math.random(0, 99)))
end
-- The 95th percentile, which wrk's --latency table leaves out (microseconds to milliseconds).
done = function(summary, latency, requests)
  io.write(string.format("p95_ms %.2f\n", latency:percentile(95) / 1000))
end
