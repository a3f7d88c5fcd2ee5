#include <gtest/gtest.h>

#include "http/message.h"

namespace healthpulse::http {
namespace {

TEST(ParseTarget, SplitsAndDecodesPathAndQuery) {
  auto parsed = ParseTarget("/api/v1/users?q=Mar%C3%ADa+Gonz&limit=5&empty=");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->path, "/api/v1/users");
  EXPECT_EQ(parsed->query.at("q"), "María Gonz");
  EXPECT_EQ(parsed->query.at("limit"), "5");
  EXPECT_EQ(parsed->query.at("empty"), "");
}

// The path is split on its raw slashes before decoding: an encoded slash stays inside
// its segment, so it can never make the target name another resource.
TEST(ParseTarget, SplitsSegmentsBeforeDecoding) {
  struct Row {
    const char* target;
    const char* path;
    std::vector<std::string> segments;
  } rows[] = {
      {"/api/v1/users/1%2Fdeactivate", "/api/v1/users/1/deactivate", {"api", "v1", "users", "1/deactivate"}},
      {"/api/v1/users/1/deactivate", "/api/v1/users/1/deactivate", {"api", "v1", "users", "1", "deactivate"}},
      {"/api//v1/", "/api//v1/", {"api", "v1"}},
      {"/", "/", {}},
      {"/a%20b/c%2f..%2fd?x=1", "/a b/c/../d", {"a b", "c/../d"}},
      {"/%C3%B1", "/ñ", {"ñ"}},
  };
  for (const auto& row : rows) {
    auto parsed = ParseTarget(row.target);
    ASSERT_TRUE(parsed.has_value()) << row.target;
    EXPECT_EQ(parsed->path, row.path) << row.target;
    EXPECT_EQ(parsed->segments, row.segments) << row.target;
  }
}

TEST(ParseTarget, RefusesBrokenEscapes) {
  for (const char* target : {"/a%zz", "/a?x=%4", "/a?%=1", "/a%"}) {
    EXPECT_FALSE(ParseTarget(target).has_value()) << target;
  }
}

// A repeated parameter keeps every value in query_pairs (the map keeps the last).
TEST(ParseTarget, KeepsRepeatedQueryParameters) {
  auto parsed = ParseTarget("/a?status=open&x=1&status=handled&status=");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->query.at("status"), "");
  Request request;
  request.query_pairs = parsed->query_pairs;
  EXPECT_EQ(request.QueryAll("status"), (std::vector<std::string>{"open", "handled", ""}));
  EXPECT_EQ(request.QueryAll("x"), (std::vector<std::string>{"1"}));
  EXPECT_TRUE(request.QueryAll("missing").empty());
}

TEST(ParseUrlEncoded, DecodesPairsInOrder) {
  auto pairs = ParseUrlEncoded("b=2&a=1+1&&a=%C3%B1&c");
  ASSERT_TRUE(pairs.has_value());
  std::vector<std::pair<std::string, std::string>> expected = {{"b", "2"}, {"a", "1 1"}, {"a", "ñ"}, {"c", ""}};
  EXPECT_EQ(*pairs, expected);
  EXPECT_FALSE(ParseUrlEncoded("a=%G1").has_value());
}

TEST(PercentDecode, PlusIsSpaceOnlyInQueries) {
  EXPECT_EQ(PercentDecode("a+b", true), "a b");
  EXPECT_EQ(PercentDecode("a+b", false), "a+b");
}

}  // namespace
}  // namespace healthpulse::http
