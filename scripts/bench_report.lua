-- wrk script for scripts/bench.py (make bench).
--
-- Counts every response whose status is not 2xx (wrk itself only counts
-- statuses of 400 and up, so a redirect would pass unnoticed) and, when the
-- run is done, prints one line that scripts/bench.py reads:
--
--   BENCH_RESULT {"requests": ..., "duration_us": ..., "p50_us": ..., ...}
--
-- Latencies are in microseconds, as wrk measures them.
--
-- The long-tail rows pass a file of paths, one a line, and the number of
-- wrk threads after `--`:
--
--   wrk -t2 ... -s bench_report.lua http://127.0.0.1:8000/ -- urls.txt 2
--
-- Thread n (from 0) then takes lines n, n + threads, n + 2 * threads, ...,
-- so no two threads request the same path, and each request gets the
-- thread's next path. A thread that runs out starts its share again; the
-- result then counts the repeated requests ("repeats"), next to "urls" (the
-- paths the threads had) and "issued" (the requests they started, including
-- the one wrk builds to check the script and those cut off at the end).

local threads = {}
local started = 0

function setup(thread)
   thread:set("id", started)
   started = started + 1
   table.insert(threads, thread)
end

local function own_share(file, count)
   local paths, line_number = {}, 0
   for line in io.lines(file) do
      if line ~= "" then
         if line_number % count == id then
            table.insert(paths, line)
         end
         line_number = line_number + 1
      end
   end
   if #paths == 0 then
      error("no paths for thread " .. id .. " in " .. file)
   end
   return paths
end

function init(args)
   non2xx = 0
   urls = 0
   issued = 0
   local file = args[1]
   if not file then
      return -- one fixed URL: wrk's own request, built once
   end
   local paths = own_share(file, tonumber(args[2] or "1"))
   urls = #paths
   -- Defined only here: with a request() function wrk builds every request
   -- anew, which the fixed-URL rows do not need.
   request = function()
      issued = issued + 1
      return wrk.format(nil, paths[(issued - 1) % urls + 1])
   end
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local totals = { non2xx = 0, urls = 0, issued = 0, repeats = 0 }
   for _, thread in ipairs(threads) do
      local urls = thread:get("urls") or 0
      local issued = thread:get("issued") or 0
      totals.non2xx = totals.non2xx + (thread:get("non2xx") or 0)
      totals.urls = totals.urls + urls
      totals.issued = totals.issued + issued
      if urls > 0 and issued > urls then
         totals.repeats = totals.repeats + issued - urls
      end
   end
   local errors = summary.errors
   local fields = {
      string.format('"requests": %d', summary.requests),
      string.format('"duration_us": %d', summary.duration),
      string.format('"bytes": %d', summary.bytes),
      string.format('"non2xx": %d', totals.non2xx),
      string.format('"connect_errors": %d', errors.connect),
      string.format('"read_errors": %d', errors.read),
      string.format('"write_errors": %d', errors.write),
      string.format('"status_errors": %d', errors.status),
      string.format('"timeouts": %d', errors.timeout),
      string.format('"mean_us": %.1f', latency.mean),
      string.format('"max_us": %d', latency.max),
      string.format('"urls": %d', totals.urls),
      string.format('"issued": %d', totals.issued),
      string.format('"repeats": %d', totals.repeats),
   }
   for _, p in ipairs({50, 90, 95, 99}) do
      table.insert(fields, string.format('"p%d_us": %d', p, latency:percentile(p)))
   end
   io.write("BENCH_RESULT {" .. table.concat(fields, ", ") .. "}\n")
end
