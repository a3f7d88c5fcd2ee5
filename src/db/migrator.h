#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace healthpulse::db {

// The version of a migration file name: the leading digits ("0003_records" → 3).
// Throws std::invalid_argument when the name does not start with digits.
int MigrationVersion(std::string_view name);

// The highest migration version compiled into this binary.
int LatestKnownVersion();

// Applies, in order, every embedded migration newer than the database's version. Each
// runs in its own transaction together with its row in schema_migrations, under a
// session advisory lock so servers starting together cannot race. Returns the names
// applied (empty when up to date). Throws on SQL errors (the failing migration is rolled
// back; earlier ones stay applied) and when the database is newer than this binary.
std::vector<std::string> Migrate(const std::string& url);

// Ok when the database is exactly at LatestKnownVersion(); otherwise an error that
// says whether to run `healthpulse migrate` or to upgrade the binary.
Result<void> CheckSchemaVersion(const std::string& url);

}  // namespace healthpulse::db
