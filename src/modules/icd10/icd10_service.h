#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/pagination.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/icd10/icd10.h"

namespace healthpulse::icd10 {

constexpr int kDefaultSearchLimit = 20;
constexpr int kMaxSearchLimit = 50;

// Searching the CIE-10 catalog. Thread-safe (stateless over the pool).
class Icd10Service {
 public:
  explicit Icd10Service(db::Database& db) : db_(db) {}

  // Codes that may be a diagnosis, best first (ParseQuery says how `q` is read): the
  // exact code, then codes starting with it; or titles holding every word, accent- and
  // case-insensitive, words at the start of a title word first, then higher levels and
  // shorter titles. Ranked results page by position: `page.cursor_id` is the offset.
  // Invalid on "q" when it holds nothing to search. Anyone signed in.
  Result<Page<Icd10Code>> Search(const Principal& caller, std::string_view q, const PageRequest& page);

 private:
  db::Database& db_;
};

// Loads the catalog compiled into the binary (data/cie-10.csv) by COPY when the
// icd10_codes table is empty, in one transaction under an advisory lock, so running it
// again or from two processes at once loads it once. Returns the rows loaded (0 when
// it was loaded already). Throws on database errors. `healthpulse migrate` runs it.
std::size_t EnsureCatalog(const std::string& url);

}  // namespace healthpulse::icd10
