#include "app/seed/id_blocks.h"

#include <pqxx/pqxx>

namespace healthpulse::app::seed {

long long ReserveIds(pqxx::transaction_base& txn, const std::string& table, std::size_t count) {
  const auto first = txn.exec_params1("SELECT nextval(pg_get_serial_sequence($1, 'id'))", table)[0].as<long long>();
  if (count > 1) {
    txn.exec_params("SELECT setval(pg_get_serial_sequence($1, 'id'), $2)", table,
                    first + static_cast<long long>(count) - 1);
  }
  return first;
}

}  // namespace healthpulse::app::seed
