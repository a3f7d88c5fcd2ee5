-- wrk script: GET GET_PATH (a path with its query), signed in with the token in TOKEN.
-- Used by the read benchmarks (bench/doctor_day.sh, bench/patient_record.sh). Prints
-- GET_ERROR with the first answer other than 200, and one line
-- "API_RESULT req/s p50_ms p99_ms failures" for the calling script.
local token = os.getenv("TOKEN")
local path = os.getenv("GET_PATH")
local headers = { ["Authorization"] = "Bearer " .. token }

local threads = {}
setup = function(thread) threads[#threads + 1] = thread end

-- Globals, read back from each thread by done(): non-200 answers and the first one.
bad = 0
first_bad = nil

request = function()
  return wrk.format("GET", path, headers)
end

response = function(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
    if first_bad == nil then first_bad = status .. " " .. body:sub(1, 300) end
  end
end

done = function(summary, latency, requests)
  local non200 = 0
  for _, thread in ipairs(threads) do
    non200 = non200 + (thread:get("bad") or 0)
    local sample = thread:get("first_bad")
    if sample then io.write("GET_ERROR " .. sample .. "\n") end
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("API_RESULT %.0f %.3f %.3f %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, non200 + errors))
end
