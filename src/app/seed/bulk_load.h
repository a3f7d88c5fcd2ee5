#pragma once

#include <functional>
#include <string>
#include <vector>

namespace pqxx {
class transaction_base;
}  // namespace pqxx

namespace healthpulse::app::seed {

// Runs `load` with the exclusion and foreign-key constraints and the secondary indexes of
// `tables` dropped, then rebuilds them exactly as the catalog defined them (so the
// migrations stay their only definition). Building an index once over millions of rows,
// and checking each constraint in one pass, is several times faster than doing both row
// by row during COPY. The rebuild still checks every row: a bad row fails the load.
// Must run inside the transaction that holds the tables' locks.
void LoadWithoutSecondaryStructures(pqxx::transaction_base& txn, const std::vector<std::string>& tables,
                                    const std::function<void()>& load);

}  // namespace healthpulse::app::seed
