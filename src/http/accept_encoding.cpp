#include "http/accept_encoding.h"

#include <cctype>
#include <optional>
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

// The q-value of one element's parameters ("q=0.5"), 1 when absent; 0 when malformed,
// so a coding the client qualified in a way we cannot read is never forced on it.
double QualityOf(std::string_view parameters) {
  while (!parameters.empty()) {
    auto semicolon = parameters.find(';');
    auto parameter = Trim(parameters.substr(0, semicolon));
    parameters = semicolon == std::string_view::npos ? std::string_view{} : parameters.substr(semicolon + 1);
    if (parameter.size() < 2 || std::tolower(static_cast<unsigned char>(parameter[0])) != 'q' || parameter[1] != '=') continue;
    auto value = parameter.substr(2);
    if (value.empty() || value.size() > 5 || (value[0] != '0' && value[0] != '1')) return 0;
    double q = value[0] - '0';
    if (value.size() > 1) {
      if (value[1] != '.') return 0;
      double scale = 0.1;
      for (std::size_t i = 2; i < value.size(); ++i, scale /= 10) {
        if (!std::isdigit(static_cast<unsigned char>(value[i]))) return 0;
        q += (value[i] - '0') * scale;
      }
    }
    return q > 1 ? 0 : q;
  }
  return 1;
}

}  // namespace

bool AcceptsEncoding(std::string_view header, std::string_view coding) {
  std::optional<double> named;
  std::optional<double> wildcard;
  while (!header.empty()) {
    auto comma = header.find(',');
    auto element = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
    auto semicolon = element.find(';');
    auto name = Trim(element.substr(0, semicolon));
    auto q = QualityOf(semicolon == std::string_view::npos ? std::string_view{} : element.substr(semicolon + 1));
    if (EqualsIgnoringCase(name, coding) || (coding == "gzip" && EqualsIgnoringCase(name, "x-gzip"))) {
      named = q;
    } else if (name == "*") {
      wildcard = q;
    }
  }
  if (named) return *named > 0;
  return wildcard && *wildcard > 0;
}

}  // namespace healthpulse::http
