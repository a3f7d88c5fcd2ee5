#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/problem.h"

namespace healthpulse::http {
namespace {

TEST(Problem, EachErrorKindHasItsStatus) {
  struct Row {
    Error error;
    int status;
  } rows[] = {
      {Error::BadRequest("x"), 400},   {Error::Unauthenticated(), 401},       {Error::Forbidden(), 403},
      {Error::NotFound(), 404},        {Error::Conflict("x"), 409},           {Error::Invalid("f", "bad"), 422},
      {Error::UnsupportedMedia("x"), 415}, {Error::TooManyAttempts("x", 60), 429}, {Error::Unavailable("x"), 503},
  };
  for (const auto& row : rows) {
    auto response = ProblemResponse(row.error);
    EXPECT_EQ(response.status, row.status) << row.error.message;
    EXPECT_EQ(response.content_type, "application/problem+json");
    auto body = nlohmann::json::parse(response.body);
    EXPECT_EQ(body["status"], row.status);
    EXPECT_TRUE(body.contains("type") && body.contains("title") && body.contains("detail"));
  }
}

TEST(Problem, ValidationNamesEveryField) {
  auto response = ProblemResponse(Error::Invalid({{"username", "is required"}, {"email", "is not valid"}}));
  auto body = nlohmann::json::parse(response.body);
  ASSERT_EQ(body["errors"].size(), 2u);
  EXPECT_EQ(body["errors"][0]["field"], "username");
  EXPECT_EQ(body["errors"][1]["message"], "is not valid");
}

TEST(Problem, LockoutCarriesRetryAfter) {
  auto response = ProblemResponse(Error::TooManyAttempts("locked", 900));
  ASSERT_EQ(response.headers.size(), 1u);
  EXPECT_EQ(response.headers[0].first, "Retry-After");
  EXPECT_EQ(response.headers[0].second, "900");
}

}  // namespace
}  // namespace healthpulse::http
