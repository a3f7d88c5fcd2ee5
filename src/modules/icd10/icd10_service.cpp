#include "modules/icd10/icd10_service.h"

#include <pqxx/pqxx>

#include "db/connect.h"
#include "db/embedded_files.h"
#include "modules/icd10/icd10_repository.h"

namespace healthpulse::icd10 {

Result<Page<Icd10Code>> Icd10Service::Search(const Principal& /*caller: anyone signed in*/, std::string_view q,
                                             const PageRequest& page) {
  auto query = ParseQuery(q);
  if (!query) return Fail(query.error());
  auto offset = page.cursor_id.value_or(0);
  return db::TransactValue<Page<Icd10Code>>(db_, [&](db::Tx& tx) -> Result<Page<Icd10Code>> {
    auto rows = Icd10Repository(tx).Search(*query, page.limit + 1, offset);
    // Ranked results page by position: the cursor is the offset of the next page.
    Page<Icd10Code> result;
    if (static_cast<int>(rows.size()) > page.limit) {
      rows.resize(static_cast<std::size_t>(page.limit));
      result.next_cursor = EncodeCursor(offset + page.limit);
    }
    result.items = std::move(rows);
    return result;
  });
}

std::size_t EnsureCatalog(const std::string& url) {
  auto connection = db::Connect(url);
  for (const char* name : {"lock_icd10_catalog", "count_icd10_codes"}) {
    connection->prepare(name, std::string(db::QueryText(name)));
  }
  pqxx::work txn(*connection);
  db::Tx tx(txn);
  Icd10Repository repository(tx);
  auto loaded = repository.LoadIfEmpty(ParseCatalogCsv(embedded::DataFile("cie-10")));
  txn.commit();
  return loaded;
}

}  // namespace healthpulse::icd10
