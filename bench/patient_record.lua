-- wrk script: GET /api/v1/patients/PATIENT/record (the chart: problems, treatments,
-- allergies and the first page of the timeline), signed in (as a doctor with the patient
-- under care) with the token in TOKEN.
local token = os.getenv("TOKEN")
local path = "/api/v1/patients/" .. os.getenv("PATIENT") .. "/record"
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
    if sample then io.write("RECORD_ERROR " .. sample .. "\n") end
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("API_RESULT %.0f %.3f %.3f %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, non200 + errors))
end
