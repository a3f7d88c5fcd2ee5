#include <gtest/gtest.h>

#include "http/media_type.h"

namespace healthpulse::http {
namespace {

TEST(MediaType, ComparesTypeCaseInsensitivelyAndAllowsOnlyUtf8) {
  struct Row {
    const char* content_type;
    bool json;
  } rows[] = {
      {"application/json", true},
      {"Application/JSON", true},
      {"application/json; charset=utf-8", true},
      {"Application/JSON; charset=UTF-8", true},
      {"application/json;charset=\"utf-8\"", true},
      {" application/json ; Charset=Utf-8 ", true},
      {"application/json; foo=bar", true},
      {"application/json; charset=latin1", false},
      {"application/json; charset=iso-8859-1", false},
      {"application/json; charset=utf8", false},
      {"application/jsonx", false},
      {"application/json-patch+json", false},
      {"application/json+x", false},
      {"text/json", false},
      {"application/json; broken", false},
      {"", false},
      {"application", false},
  };
  for (const auto& row : rows) EXPECT_EQ(IsMediaType(row.content_type, "application/json"), row.json) << row.content_type;
  EXPECT_TRUE(IsMediaType("Text/CSV; charset=UTF-8", "text/csv"));
  EXPECT_FALSE(IsMediaType("text/csv; charset=windows-1252", "text/csv"));
}

}  // namespace
}  // namespace healthpulse::http
