-- wrk script for scripts/bench.py (make bench).
--
-- Counts every response whose status is not 2xx (wrk itself only counts
-- statuses of 400 and up, so a redirect would pass unnoticed) and, when the
-- run is done, prints one line that scripts/bench.py reads:
--
--   BENCH_RESULT {"requests": ..., "duration_us": ..., "p50_us": ..., ...}
--
-- Latencies are in microseconds, as wrk measures them.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   non2xx = 0
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local non2xx_total = 0
   for _, thread in ipairs(threads) do
      non2xx_total = non2xx_total + (thread:get("non2xx") or 0)
   end
   local errors = summary.errors
   local fields = {
      string.format('"requests": %d', summary.requests),
      string.format('"duration_us": %d', summary.duration),
      string.format('"bytes": %d', summary.bytes),
      string.format('"non2xx": %d', non2xx_total),
      string.format('"connect_errors": %d', errors.connect),
      string.format('"read_errors": %d', errors.read),
      string.format('"write_errors": %d', errors.write),
      string.format('"status_errors": %d', errors.status),
      string.format('"timeouts": %d', errors.timeout),
      string.format('"mean_us": %.1f', latency.mean),
      string.format('"max_us": %d', latency.max),
   }
   for _, p in ipairs({50, 90, 95, 99}) do
      table.insert(fields, string.format('"p%d_us": %d', p, latency:percentile(p)))
   end
   io.write("BENCH_RESULT {" .. table.concat(fields, ", ") .. "}\n")
end
