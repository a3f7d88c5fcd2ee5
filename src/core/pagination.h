#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace healthpulse {

// One page of a keyset-paginated list. `next_cursor` is absent on the last page.
template <typename T>
struct Page {
  std::vector<T> items;
  std::optional<std::string> next_cursor;
};

// What a list request asks for: at most `limit` rows after the row the cursor names.
struct PageRequest {
  int limit = 50;
  std::optional<std::int64_t> cursor_id;
};

constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 200;

// Cursors are opaque to clients: the row id, base64url-encoded.
std::string EncodeCursor(std::int64_t id);

// The id inside a cursor, or nullopt when `cursor` was not made by EncodeCursor.
std::optional<std::int64_t> DecodeCursor(std::string_view cursor);

// Builds a page from rows fetched with limit + 1: the extra row only says that there
// is a next page, whose cursor is the id of the last row kept.
template <typename T, typename IdOf>
Page<T> MakePage(std::vector<T> rows, int limit, IdOf id_of) {
  Page<T> page;
  if (static_cast<int>(rows.size()) > limit) {
    rows.resize(static_cast<std::size_t>(limit));
    page.next_cursor = EncodeCursor(id_of(rows.back()));
  }
  page.items = std::move(rows);
  return page;
}

}  // namespace healthpulse
