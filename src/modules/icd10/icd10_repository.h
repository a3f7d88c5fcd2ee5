#pragma once

#include <optional>
#include <vector>

#include "db/database.h"
#include "modules/icd10/icd10.h"

namespace healthpulse::icd10 {

// A catalog code and whether it may be a diagnosis (not a chapter or block range).
struct CatalogEntry {
  Icd10Code code;
  bool selectable = false;
};

// The icd10_codes table within one transaction.
class Icd10Repository {
 public:
  explicit Icd10Repository(db::Tx& tx) : tx_(tx) {}

  // Codes that may be a diagnosis, best first (see search_icd10_by_*.sql).
  std::vector<Icd10Code> Search(const Query& query, int limit, std::int64_t offset);
  // By stored form ("E119").
  std::optional<CatalogEntry> Find(const std::string& code);

  // Waits for other loaders (transaction-scoped lock), then COPYs `rows` when the
  // table is empty. Returns the rows written.
  std::size_t LoadIfEmpty(const std::vector<CatalogRow>& rows);

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::icd10
