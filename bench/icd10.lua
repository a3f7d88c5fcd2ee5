-- wrk script: GET /api/v1/icd10?q=... cycling through bench/icd10_queries.txt (what a
-- doctor types, letter by letter), signed in with the token in the TOKEN environment variable.
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do
  queries[#queries + 1] = line:gsub(" ", "%%20")
end
local token = os.getenv("TOKEN")
local counter = 0

request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  return wrk.format("GET", "/api/v1/icd10?limit=20&q=" .. q, { ["Authorization"] = "Bearer " .. token })
end

done = function(summary, latency, requests)
  io.write(string.format("API_RESULT %.0f %.3f %.3f %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
