#pragma once

#include <optional>
#include <vector>

#include "db/database.h"
#include "modules/practices/practice.h"

namespace healthpulse::practices {

// Nomenclators, practices and the clinics offering them, within one transaction.
class PracticeRepository {
 public:
  explicit PracticeRepository(db::Tx& tx) : tx_(tx) {}

  Nomenclator InsertNomenclator(const std::string& name, const std::string& version);
  std::optional<Nomenclator> FindNomenclator(std::int64_t id);
  std::vector<Nomenclator> ListNomenclators(const PageRequest& page);  // limit + 1 rows

  std::int64_t Insert(const NewPractice& practice);
  std::optional<Practice> Find(std::int64_t id);
  std::vector<Practice> List(const PracticeFilter& filter);  // limit + 1 rows
  bool Update(std::int64_t id, const PracticePatch& patch);  // false: no such practice
  void ReplaceClinics(std::int64_t practice_id, const std::vector<std::int64_t>& clinic_ids);
  // Creates or updates by (nomenclator, code); true when created.
  bool Upsert(std::int64_t nomenclator_id, const CsvPractice& row);

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::practices
