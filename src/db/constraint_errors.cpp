#include "db/constraint_errors.h"

#include <string>
#include <unordered_map>

namespace healthpulse::db {

Error ConstraintError(std::string_view constraint_name) {
  struct Meaning {
    const char* field;
    const char* message;
  };
  static const std::unordered_map<std::string_view, Meaning> kMeanings = {
      {"users_username_key", {"username", "That username is already taken"}},
  };
  auto it = kMeanings.find(constraint_name);
  if (it == kMeanings.end()) return Error::Conflict("The change conflicts with existing data");
  return Error::Conflict(it->second.message, it->second.field);
}

std::string_view ConstraintNameFromMessage(std::string_view message) {
  constexpr std::string_view kMarker = "constraint \"";
  auto start = message.find(kMarker);
  if (start == std::string_view::npos) return {};
  start += kMarker.size();
  auto end = message.find('"', start);
  if (end == std::string_view::npos) return {};
  return message.substr(start, end - start);
}

}  // namespace healthpulse::db
