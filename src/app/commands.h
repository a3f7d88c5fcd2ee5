#pragma once

#include <optional>
#include <string>

#include "app/seed/network.h"
#include "config/config.h"

namespace healthpulse::app {

// Each returns the process exit code. They print what they did to stdout and problems
// to stderr; none prints secrets.

// Checks the schema version, then serves HTTP until SIGINT/SIGTERM.
int Serve(const Config& config);

// Runs the background loops without HTTP (the SMS scheduler and sender) until
// SIGINT/SIGTERM; then lets a message being sent finish and exits 0.
int Worker(const Config& config);

// One SMS scheduler pass (what the worker's loop runs), then exit 0; prints the counts
// and the elapsed milliseconds (bench/sms_scheduler.sh).
int SchedulerPass(const Config& config);

// Applies pending migrations, then loads the CIE-10 catalog into a database without it.
int Migrate(const Config& config);

// Creates a user (normally the first admin of a real deployment). The password comes
// from HEALTHPULSE_NEW_PASSWORD or, when unset, one line of standard input.
int CreateUser(const Config& config, const std::string& username, const std::string& full_name,
               const std::string& role);

// Walks the audit chain; exit 0 when intact, 1 naming the first bad row.
int VerifyAudit(const Config& config);

// Recomputes the report rollups from the base tables; exit 0 when done.
int RebuildReports(const Config& config);

// Loads the demo data set when the database has no users yet (idempotent).
int Seed(const Config& config, const seed::SeedOptions& options = {});

}  // namespace healthpulse::app
