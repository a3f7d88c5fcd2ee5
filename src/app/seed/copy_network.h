#pragma once

#include <string>

#include "app/seed/network.h"
#include "app/seed/progress.h"

namespace pqxx {
class transaction_base;
}  // namespace pqxx

namespace healthpulse::app::seed {

// Writes the catalog (clinics, hours, nomenclator) and `network` (appointments and their
// events too) with COPY inside `txn`,
// reporting each table to `progress`. Every user gets `password_hash`.
//
// Ids: each table's block of ids is reserved from its identity sequence (nextval, then
// setval past the block), and rows are copied with explicit ids (COPY accepts values for
// GENERATED ALWAYS columns). References between rows are therefore known before any row
// is written, and nothing assumes the sequences start at 1. The caller must hold locks
// that keep other writers out of these tables until commit (SeedDemoNetwork does).
//
// Throws pqxx exceptions when the database refuses a row; the caller rolls back.
void CopyDemoNetwork(pqxx::transaction_base& txn, const DemoNetwork& network, const std::string& password_hash,
                     Progress& progress);

}  // namespace healthpulse::app::seed
