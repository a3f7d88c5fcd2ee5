-- wrk script: POST /api/v1/appointments, each request a distinct valid slot, signed in
-- (as a secretary) with the token in TOKEN. Request k (numbered across all threads) books
-- doctor, room and patient number k % N (ids FIRST_DOCTOR/FIRST_ROOM/FIRST_PATIENT + that)
-- at BASE + floor(k / N) * 15 minutes, so no two requests overlap. BASE is an epoch second
-- (UTC midnight of a future day); PRACTICE the 15-minute practice.
local token = os.getenv("TOKEN")
local n = tonumber(os.getenv("N"))
local first_doctor = tonumber(os.getenv("FIRST_DOCTOR"))
local first_room = tonumber(os.getenv("FIRST_ROOM"))
local first_patient = tonumber(os.getenv("FIRST_PATIENT"))
local practice = tonumber(os.getenv("PRACTICE"))
local base = tonumber(os.getenv("BASE"))
local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }

local threads = {}
local thread_count = 0

setup = function(thread)
  thread:set("tid", thread_count)
  thread_count = thread_count + 1
  threads[#threads + 1] = thread
end

local counter = 0
-- Globals, read back from each thread by done(): non-201 responses and the first one.
bad = 0
first_bad = nil
local threads_total = tonumber(os.getenv("THREADS"))

request = function()
  local k = counter * threads_total + tid
  counter = counter + 1
  local i = k % n
  local start = base + math.floor(k / n) * 900
  local body = string.format(
    '{"patient_id":%d,"doctor_id":%d,"room_id":%d,"practice_id":%d,"start":"%s"}',
    first_patient + i, first_doctor + i, first_room + i, practice, os.date("!%Y-%m-%dT%H:%M:%SZ", start))
  return wrk.format("POST", "/api/v1/appointments", headers, body)
end

response = function(status, headers, body)
  if status ~= 201 then
    bad = bad + 1
    if first_bad == nil then first_bad = status .. " " .. body:sub(1, 300) end
  end
end

done = function(summary, latency, requests)
  local non201 = 0
  for _, thread in ipairs(threads) do
    non201 = non201 + (thread:get("bad") or 0)
    local sample = thread:get("first_bad")
    if sample then io.write("BOOKING_ERROR " .. sample .. "\n") end
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("API_RESULT %.0f %.3f %.3f %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, non201 + errors))
end
