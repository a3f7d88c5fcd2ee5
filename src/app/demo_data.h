#pragma once

#include "db/database.h"

namespace healthpulse::app {

// The demo password of every demo account (DESIGN.md §1). Demo data only.
constexpr const char* kDemoPassword = "healthpulse";

// Creates the demo accounts admin, secretaria, medico and paciente when the database has
// no users yet; does nothing otherwise. Returns false (after printing why) on failure.
bool LoadDemoData(db::Database& db);

}  // namespace healthpulse::app
