#include "http/accept_encoding.h"

#include <string>

#include <gtest/gtest.h>

namespace healthpulse::http {
namespace {

TEST(AcceptEncodingTest, ReadsCodingsAndTheirQualities) {
  struct Case {
    std::string header, coding;
    bool accepted;
  };
  const Case cases[] = {
      {"gzip, deflate, br", "br", true},
      {"gzip, deflate, br", "gzip", true},
      {"gzip, deflate", "br", false},
      {"", "gzip", false},
      {"identity", "gzip", false},
      {"BR", "br", true},
      {"x-gzip", "gzip", true},
      {"br;q=0", "br", false},
      {"br; q=0.0", "br", false},
      {"br;q=0.001", "br", true},
      {"br;q=1.0", "br", true},
      {"br;q=1.5", "br", false},
      {"br;q=abc", "br", false},
      {"*", "br", true},
      {"*;q=0", "gzip", false},
      {"*, br;q=0", "br", false},
      {"br;q=0, *", "br", false},
      {"*;q=0, gzip", "gzip", true},
      {" gzip ;q=0.5 ,br", "gzip", true},
      {"brotli", "br", false},
      {",,,", "br", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(AcceptsEncoding(c.header, c.coding), c.accepted) << "'" << c.header << "' accepts " << c.coding;
  }
}

}  // namespace
}  // namespace healthpulse::http
