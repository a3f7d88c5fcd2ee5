#include "http/message.h"

#include <algorithm>

namespace healthpulse::http {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      int high = HexValue(text[i + 1]);
      int low = HexValue(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::optional<Target> ParseTarget(std::string_view target) {
  auto question = target.find('?');
  std::string_view raw_path = target.substr(0, question);
  auto path = PercentDecode(raw_path, false);
  if (!path) return std::nullopt;
  std::vector<std::string> segments;
  for (std::size_t start = 0; start <= raw_path.size();) {
    auto slash = std::min(raw_path.find('/', start), raw_path.size());
    if (slash > start) {
      auto segment = PercentDecode(raw_path.substr(start, slash - start), false);
      if (!segment) return std::nullopt;
      segments.push_back(std::move(*segment));
    }
    start = slash + 1;
  }
  std::vector<std::pair<std::string, std::string>> pairs;
  if (question != std::string_view::npos) {
    auto parsed = ParseUrlEncoded(target.substr(question + 1));
    if (!parsed) return std::nullopt;
    pairs = std::move(*parsed);
  }
  std::map<std::string, std::string> query;
  for (const auto& [key, value] : pairs) query[key] = value;
  return Target{std::move(*path), std::move(segments), std::move(query), std::move(pairs)};
}

std::optional<std::vector<std::pair<std::string, std::string>>> ParseUrlEncoded(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> pairs;
  while (!text.empty()) {
    auto amp = text.find('&');
    std::string_view pair = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view{} : text.substr(amp + 1);
    if (pair.empty()) continue;
    auto eq = pair.find('=');
    auto key = PercentDecode(pair.substr(0, eq), true);
    auto value = PercentDecode(eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1), true);
    if (!key || !value) return std::nullopt;
    pairs.emplace_back(std::move(*key), std::move(*value));
  }
  return pairs;
}

std::vector<std::string> Request::QueryAll(const std::string& name) const {
  std::vector<std::string> values;
  for (const auto& [key, value] : query_pairs) {
    if (key == name) values.push_back(value);
  }
  return values;
}

}  // namespace healthpulse::http
