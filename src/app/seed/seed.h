#pragma once

#include <ostream>
#include <string>

#include "app/seed/network.h"

namespace healthpulse::app::seed {

enum class SeedOutcome {
  kSeeded,      // the demo network was written and committed
  kUsersExist,  // the database already had users: nothing was written
};

// Loads the demo network of DESIGN.md §1 and §9 into the migrated database at `url`:
// 20 clinics with floors, rooms and hours, the nomenclator's practices, the demo
// accounts (password kDemoPassword), `options.doctors` doctors with weekly schedules,
// secretaries, `options.patients` patients and their appointments with their history
// (appointment_events), and the clinical records written during the finished ones
// (record_entries, GenerateRecords). The same options give the same rows
// every run for the same `options.now` (password hashes aside: they are salted).
//
// All in one transaction that first locks the seeded tables against writers, so a
// concurrent seed or sign-up cannot interleave: when any user exists it writes nothing
// and returns kUsersExist. Prints progress lines to `progress`. Throws (pqxx or
// std::runtime_error) when the database cannot be reached or refuses a row; nothing is
// committed then.
SeedOutcome SeedDemoNetwork(const std::string& url, std::ostream& progress, const SeedOptions& options = {});

}  // namespace healthpulse::app::seed
