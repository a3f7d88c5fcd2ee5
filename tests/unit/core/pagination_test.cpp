#include <gtest/gtest.h>

#include "core/pagination.h"

namespace healthpulse {
namespace {

TEST(Cursor, RoundTripsIds) {
  for (std::int64_t id : {0LL, 1LL, 42LL, 9007199254740993LL}) {
    EXPECT_EQ(DecodeCursor(EncodeCursor(id)), id) << id;
  }
}

TEST(Cursor, RejectsWhatTheServerDidNotMake) {
  for (const char* text : {"", "42", "abc", "!!!", "Yzk5eA", "Yy0x"}) {
    EXPECT_FALSE(DecodeCursor(text).has_value()) << text;
  }
}

TEST(MakePage, KeepsLimitRowsAndPointsPastTheLast) {
  auto page = MakePage(std::vector<int>{1, 2, 3, 4}, 3, [](int v) { return std::int64_t{v}; });
  EXPECT_EQ(page.items, (std::vector<int>{1, 2, 3}));
  ASSERT_TRUE(page.next_cursor.has_value());
  EXPECT_EQ(DecodeCursor(*page.next_cursor), 3);
}

TEST(MakePage, LastPageHasNoCursor) {
  auto page = MakePage(std::vector<int>{1, 2}, 3, [](int v) { return std::int64_t{v}; });
  EXPECT_EQ(page.items.size(), 2u);
  EXPECT_FALSE(page.next_cursor.has_value());
}

}  // namespace
}  // namespace healthpulse
