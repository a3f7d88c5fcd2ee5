#pragma once

#include <ostream>
#include <string>

#include "app/seed/network.h"

namespace healthpulse::app {

// The demo password of every demo account (DESIGN.md §1). Demo data only.
constexpr const char* kDemoPassword = "healthpulse";

// `healthpulse seed`: loads the demo network (seed::SeedDemoNetwork, full scale unless
// `options` say otherwise) into
// the database at `database_url` when it has no users yet, and only says so otherwise.
// Progress goes to `out`. Returns false, after printing why to stderr, when seeding
// failed; nothing was written then.
bool LoadDemoData(const std::string& database_url, std::ostream& out, const seed::SeedOptions& options = {});

}  // namespace healthpulse::app
