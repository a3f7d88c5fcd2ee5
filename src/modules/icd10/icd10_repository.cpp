#include "modules/icd10/icd10_repository.h"

#include <tuple>

#include <pqxx/pqxx>

#include "db/field.h"

namespace healthpulse::icd10 {
namespace {

// Columns of search_icd10_by_*.sql and select_icd10_code.sql.
Icd10Code FromRow(const pqxx::row& row) {
  return {row["code"].as<std::string>(), row["description"].as<std::string>(), row["level"].as<int>(),
          db::Nullable<std::string>(row["parent_code"])};
}

}  // namespace

std::vector<Icd10Code> Icd10Repository::Search(const Query& query, int limit, std::int64_t offset) {
  auto rows = query.kind == Query::Kind::kCode
                  ? tx_.raw().exec_prepared("search_icd10_by_code", query.code, limit, offset)
                  : tx_.raw().exec_prepared("search_icd10_by_words", query.longest_word, query.words, limit, offset);
  return db::MapRows<Icd10Code>(rows, FromRow);
}

std::optional<CatalogEntry> Icd10Repository::Find(const std::string& code) {
  auto rows = tx_.raw().exec_prepared("select_icd10_code", code);
  if (rows.empty()) return std::nullopt;
  return CatalogEntry{FromRow(rows[0]), rows[0]["selectable"].as<bool>()};
}

std::size_t Icd10Repository::LoadIfEmpty(const std::vector<CatalogRow>& rows) {
  tx_.raw().exec_prepared("lock_icd10_catalog");
  if (tx_.raw().exec_prepared1("count_icd10_codes")["codes"].as<long long>() > 0) return 0;
  pqxx::stream_to stream{tx_.raw(), "icd10_codes", std::vector<std::string>{"code", "description", "level", "parent_code"}};
  for (const auto& row : rows) stream << std::make_tuple(row.code, row.description, row.level, row.parent_code);
  stream.complete();
  return rows.size();
}

}  // namespace healthpulse::icd10
