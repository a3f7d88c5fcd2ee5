#pragma once

#include "app/seed/network.h"
#include "app/seed/progress.h"

namespace pqxx {
class transaction_base;
}  // namespace pqxx

namespace healthpulse::app::seed {

// Writes `network.records` into record_entries with COPY inside `txn`, reporting to
// `progress`. Must follow CopyDemoNetwork in the same transaction: it finds the ids the
// rows refer to (patients, users, doctors, clinics, appointments) from the blocks
// CopyDemoNetwork reserved, whose last id each identity sequence's currval still holds
// in this session. Entry ids are reserved the same way and follow the rows' order, which
// is their time order. The record_entries_link trigger sets original_id on every row;
// the caller must hold a lock that keeps other writers out of record_entries until
// commit (SeedDemoNetwork does).
//
// Throws pqxx exceptions when the database refuses a row; the caller rolls back.
void CopyRecords(pqxx::transaction_base& txn, const DemoNetwork& network, Progress& progress);

}  // namespace healthpulse::app::seed
