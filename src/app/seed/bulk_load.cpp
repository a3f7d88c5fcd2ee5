#include "app/seed/bulk_load.h"

#include <pqxx/pqxx>

#include "db/database.h"

namespace healthpulse::app::seed {
namespace {

struct Structure {
  std::string table;
  bool is_constraint = false;
  std::string name;
  std::string definition;
};

}  // namespace

void LoadWithoutSecondaryStructures(pqxx::transaction_base& txn, const std::vector<std::string>& tables,
                                    const std::function<void()>& load) {
  std::vector<Structure> saved;
  for (const auto& table : tables) {
    for (const auto& row : txn.exec_params(std::string(db::QueryText("list_secondary_structures")), table)) {
      saved.push_back({table, row["kind"].as<std::string>() == "constraint", row["name"].as<std::string>(),
                       row["definition"].as<std::string>()});
    }
  }
  for (const auto& s : saved) {
    txn.exec0(s.is_constraint ? "ALTER TABLE " + txn.quote_name(s.table) + " DROP CONSTRAINT " + txn.quote_name(s.name)
                              : "DROP INDEX " + s.name);  // already a qualified, quoted name (regclass)
  }
  load();
  // Index builds may use far more memory than row-by-row inserts; only for this load.
  txn.exec0("SET LOCAL maintenance_work_mem = '512MB'");
  for (const auto& s : saved) {
    txn.exec0(s.is_constraint ? "ALTER TABLE " + txn.quote_name(s.table) + " ADD CONSTRAINT " +
                                    txn.quote_name(s.name) + " " + s.definition
                              : s.definition);
  }
}

}  // namespace healthpulse::app::seed
