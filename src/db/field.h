#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <pqxx/pqxx>

namespace healthpulse::db {

// A nullable column as std::optional (libpqxx 6.4 on Debian lacks field::get<T>()).
template <typename T>
std::optional<T> Nullable(const pqxx::field& field) {
  if (field.is_null()) return std::nullopt;
  return field.as<T>();
}

// Each row of `result` mapped by `from_row`.
template <typename T, typename FromRow>
std::vector<T> MapRows(const pqxx::result& result, FromRow from_row) {
  std::vector<T> items;
  items.reserve(result.size());
  for (const auto& row : result) items.push_back(from_row(row));
  return items;
}

// Ids from a comma-separated text column (SQL: array_to_string(array_agg(id), ',')).
std::vector<std::int64_t> IdList(const pqxx::field& field);

}  // namespace healthpulse::db
