#include <gtest/gtest.h>

#include "http/message.h"

namespace healthpulse::http {
namespace {

TEST(ParseTarget, SplitsAndDecodesPathAndQuery) {
  auto parsed = ParseTarget("/api/v1/users?q=Mar%C3%ADa+Gonz&limit=5&empty=");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->first, "/api/v1/users");
  EXPECT_EQ(parsed->second.at("q"), "María Gonz");
  EXPECT_EQ(parsed->second.at("limit"), "5");
  EXPECT_EQ(parsed->second.at("empty"), "");
}

TEST(ParseTarget, RefusesBrokenEscapes) {
  for (const char* target : {"/a%zz", "/a?x=%4", "/a?%=1", "/a%"}) {
    EXPECT_FALSE(ParseTarget(target).has_value()) << target;
  }
}

TEST(PercentDecode, PlusIsSpaceOnlyInQueries) {
  EXPECT_EQ(PercentDecode("a+b", true), "a b");
  EXPECT_EQ(PercentDecode("a+b", false), "a+b");
}

}  // namespace
}  // namespace healthpulse::http
