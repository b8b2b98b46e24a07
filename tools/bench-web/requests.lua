-- wrk script for ./portal bench web (tools/bench-web/bench-web.sh).
-- BENCH_PATHS: a file of request paths, taken in turn (a mixed load); BENCH_UNIQUE: a path prefix to which each
-- request appends a number no other request uses (uncached renders). BENCH_HEADER: one "Name: value" header.
-- done() prints one machine-readable line: requests, errors, latency percentiles in microseconds.

local paths = {}
local unique = os.getenv("BENCH_UNIQUE")
local header = os.getenv("BENCH_HEADER")
local counter = 0
local thread_id = 0
local threads = {}

local function read_paths()
  local file = os.getenv("BENCH_PATHS")
  if file == nil or file == "" then return end
  for line in io.lines(file) do
    if line ~= "" then table.insert(paths, line) end
  end
end

read_paths()

function setup(thread)
  thread_id = thread_id + 1
  thread:set("thread_id", thread_id)
  table.insert(threads, thread)
end

function init(args)
  if header ~= nil and header ~= "" then
    local name, value = header:match("^([^:]+):%s*(.*)$")
    wrk.headers[name] = value
  end
  -- Each thread starts at another place in the list and, for unique paths, in its own range of numbers.
  counter = (thread_id or 1) * 1000000
end

function request()
  counter = counter + 1
  if unique ~= nil and unique ~= "" then
    return wrk.format(nil, unique .. counter)
  end
  if #paths > 0 then
    return wrk.format(nil, paths[(counter % #paths) + 1])
  end
  return wrk.format(nil)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH requests=%d duration_us=%d errors=%d status_errors=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
