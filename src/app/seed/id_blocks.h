#pragma once

#include <cstddef>
#include <string>

namespace pqxx {
class transaction_base;
}  // namespace pqxx

namespace healthpulse::app::seed {

// Reserves `count` consecutive ids of `table` and returns the first. The sequence moves
// past the block, so later ordinary INSERTs continue after the copied rows.
long long ReserveIds(pqxx::transaction_base& txn, const std::string& table, std::size_t count);

// The id of the row at `position` of a block starting at `first`.
inline long long Id(long long first, std::size_t position) { return first + static_cast<long long>(position); }

}  // namespace healthpulse::app::seed
