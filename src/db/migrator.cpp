#include "db/migrator.h"

#include <cctype>
#include <stdexcept>

#include <pqxx/pqxx>

#include "db/connect.h"
#include "db/database.h"
#include "db/embedded_files.h"

namespace healthpulse::db {
namespace {

// Arbitrary but fixed: every HealthPulse process uses this key for migrations.
constexpr long long kMigrationLockKey = 0x4865616c7468;  // "Health"

constexpr const char* kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version integer PRIMARY KEY, name text NOT NULL,"
    " applied_at timestamptz NOT NULL DEFAULT now())";

int DatabaseVersion(pqxx::connection& connection) {
  pqxx::nontransaction txn(connection);
  auto exists = txn.exec1("SELECT to_regclass('schema_migrations') IS NOT NULL")[0].as<bool>();
  if (!exists) return 0;
  return txn.exec1("SELECT coalesce(max(version), 0) FROM schema_migrations")[0].as<int>();
}

}  // namespace

int MigrationVersion(std::string_view name) {
  std::size_t digits = 0;
  while (digits < name.size() && std::isdigit(static_cast<unsigned char>(name[digits]))) ++digits;
  if (digits == 0) throw std::invalid_argument("migration name must start with a number: " + std::string(name));
  return std::stoi(std::string(name.substr(0, digits)));
}

int LatestKnownVersion() {
  int latest = 0;
  for (const auto& m : embedded::Migrations()) latest = std::max(latest, MigrationVersion(m.name));
  return latest;
}

std::vector<std::string> Migrate(const std::string& url) {
  auto connection = Connect(url);
  pqxx::nontransaction(*connection).exec("SELECT pg_advisory_lock(" + std::to_string(kMigrationLockKey) + ")");
  std::vector<std::string> applied;
  try {
    pqxx::nontransaction(*connection).exec(kCreateTable);
    int current = DatabaseVersion(*connection);
    if (current > LatestKnownVersion()) {
      throw std::runtime_error("the database schema (version " + std::to_string(current) +
                               ") is newer than this binary knows (" + std::to_string(LatestKnownVersion()) + ")");
    }
    for (const auto& migration : embedded::Migrations()) {
      int version = MigrationVersion(migration.name);
      if (version <= current) continue;
      pqxx::work txn(*connection);
      txn.exec(std::string(migration.text));
      txn.exec_params("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", version,
                      std::string(migration.name));
      txn.commit();
      applied.emplace_back(migration.name);
    }
  } catch (...) {
    pqxx::nontransaction(*connection).exec("SELECT pg_advisory_unlock_all()");
    throw;
  }
  pqxx::nontransaction(*connection).exec("SELECT pg_advisory_unlock_all()");
  return applied;
}

Result<void> CheckSchemaVersion(const std::string& url) {
  auto connection = Connect(url);
  int current = DatabaseVersion(*connection);
  int known = LatestKnownVersion();
  if (current > known) {
    return Fail(Error::Conflict("the database schema (version " + std::to_string(current) +
                                ") is newer than this binary (" + std::to_string(known) +
                                "): upgrade HealthPulse before starting it"));
  }
  if (current < known) {
    return Fail(Error::Conflict("the database schema is at version " + std::to_string(current) + ", this binary needs " +
                                std::to_string(known) + ": run `healthpulse migrate` first"));
  }
  return {};
}

}  // namespace healthpulse::db
