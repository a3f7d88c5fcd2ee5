#pragma once

#include <string_view>

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/practices/practice.h"

namespace healthpulse::practices {

struct ImportResult {
  int created = 0;
  int updated = 0;
};

// Nomenclators and their practices. Every signed-in user reads; admins manage
// (Forbidden otherwise). Changes are audited. Thread-safe (stateless over the pool).
class PracticeService {
 public:
  explicit PracticeService(db::Database& db) : db_(db) {}

  Result<Page<Nomenclator>> ListNomenclators(const Principal& caller, const PageRequest& page);
  // Conflict on "name" when that name and version exist.
  Result<Nomenclator> CreateNomenclator(const Principal& caller, const std::string& name, const std::string& version);
  // Parses `csv` (see ParsePracticeCsv) and applies every row in one transaction, or
  // none: Invalid listing each bad row. NotFound for an unknown nomenclator.
  Result<ImportResult> Import(const Principal& caller, std::int64_t nomenclator_id, std::string_view csv);

  Result<Page<Practice>> List(const Principal& caller, const PracticeFilter& filter);
  // Conflict on "code" when taken in the nomenclator; Invalid on clinic_ids/nomenclator_id
  // naming nothing.
  Result<Practice> Create(const Principal& caller, const NewPractice& practice);
  Result<Practice> Update(const Principal& caller, std::int64_t id, const PracticePatch& patch);

 private:
  db::Database& db_;
};

}  // namespace healthpulse::practices
