#include "http/media_type.h"

#include <cctype>
#include <string>

namespace healthpulse::http {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

}  // namespace

bool IsMediaType(std::string_view content_type, std::string_view expected) {
  auto semicolon = content_type.find(';');
  if (!EqualsIgnoringCase(Trim(content_type.substr(0, semicolon)), expected)) return false;
  std::string_view rest = semicolon == std::string_view::npos ? std::string_view{} : content_type.substr(semicolon + 1);
  while (!rest.empty()) {
    auto next = rest.find(';');
    auto parameter = Trim(rest.substr(0, next));
    rest = next == std::string_view::npos ? std::string_view{} : rest.substr(next + 1);
    if (parameter.empty()) continue;
    auto equals = parameter.find('=');
    if (equals == std::string_view::npos) return false;
    auto name = Trim(parameter.substr(0, equals));
    auto value = Trim(parameter.substr(equals + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (EqualsIgnoringCase(name, "charset") && !EqualsIgnoringCase(value, "utf-8")) return false;
  }
  return true;
}

Result<void> RequireMediaType(const Request& request, std::string_view expected) {
  if (IsMediaType(request.Header("content-type").value_or(""), expected)) return {};
  return Fail(Error::UnsupportedMedia("Send the body as " + std::string(expected) + " (charset UTF-8)"));
}

}  // namespace healthpulse::http
