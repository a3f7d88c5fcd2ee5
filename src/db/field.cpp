#include "db/field.h"

#include <charconv>

namespace healthpulse::db {

std::vector<std::int64_t> IdList(const pqxx::field& field) {
  std::vector<std::int64_t> ids;
  if (field.is_null()) return ids;
  std::string_view text = field.c_str();
  while (!text.empty()) {
    auto comma = text.find(',');
    auto item = text.substr(0, comma);
    std::int64_t id = 0;
    std::from_chars(item.data(), item.data() + item.size(), id);
    if (!item.empty()) ids.push_back(id);
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
  }
  return ids;
}

}  // namespace healthpulse::db
