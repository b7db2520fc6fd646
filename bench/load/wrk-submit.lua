-- The submissions of the deadline rush, sent by wrk (bench/load/wrk-submit.ts).
-- Arguments after "--": the requests file (path, cookie, CSRF token per line, tab-separated) and
-- the number of threads. Thread k sends every line i with i % threads == k, each exactly once,
-- counts the answers by status, and says "thread-done" when every one of its requests has an
-- answer; the requests are built once in init(), so wrk's per-request work stays small.

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local requests, sent, answered = {}, 0, 0
statuses = {}

function init(args)
  -- wrk calls thread 0's request() once before the run, to check the script: that call must not
  -- use up a request.
  if id == 0 then
    sent = -1
  end
  local file, n = args[1], tonumber(args[2])
  local i = 0
  for line in io.lines(file) do
    if i % n == id then
      local path, cookie, csrf = line:match("([^\t]+)\t([^\t]+)\t([^\t]+)")
      requests[#requests + 1] = wrk.format("POST", path, {
        ["Cookie"] = cookie,
        ["X-CSRF-Token"] = csrf,
        ["Content-Type"] = "application/json",
      }, "{}")
    end
    i = i + 1
  end
end

-- A connection whose thread has sent everything waits (an hour) instead of sending again.
function delay()
  if sent >= #requests then
    return 3600000
  end
  return 0
end

function request()
  sent = sent + 1
  return requests[math.max(sent, 1)]
end

function response(status)
  answered = answered + 1
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
  if answered == #requests then
    io.write("thread-done\n")
    io.flush()
  end
end

function done(summary, latency)
  local counts = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do
      counts[k] = (counts[k] or 0) + v
    end
  end
  local parts = {}
  for k, v in pairs(counts) do
    parts[#parts + 1] = string.format('"%s":%d', k, v)
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"p50":%.0f,"p95":%.0f,"p99":%.0f,"max":%.0f,' ..
      '"connect":%d,"read":%d,"write":%d,"timeout":%d,"statuses":{%s}}\n',
    summary.requests, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.timeout,
    table.concat(parts, ",")))
end
