#pragma once

#include <optional>

#include <pqxx/pqxx>

namespace healthpulse::db {

// A nullable column as std::optional (libpqxx 6.4 on Debian lacks field::get<T>()).
template <typename T>
std::optional<T> Nullable(const pqxx::field& field) {
  if (field.is_null()) return std::nullopt;
  return field.as<T>();
}

}  // namespace healthpulse::db
