#include <gtest/gtest.h>

#include "modules/sms/status_order.h"

namespace healthpulse::sms {
namespace {

TEST(StatusMovesForward, OnlyForwardAndNeverOutOfAFinalStatus) {
  struct Row {
    const char* from;
    const char* to;
    bool moves;
  } rows[] = {
      {"pending", "sending", true},     {"sending", "sent", true},        {"sent", "delivered", true},
      {"sent", "undelivered", true},    {"sent", "failed", true},         {"sending", "delivered", true},
      {"pending", "failed", true},      {"pending", "simulated", true},   {"pending", "expired", true},
      {"delivered", "sent", false},     {"delivered", "sending", false},  {"delivered", "delivered", false},
      {"delivered", "failed", false},   {"failed", "delivered", false},   {"undelivered", "failed", false},
      {"simulated", "delivered", false}, {"sent", "sent", false},         {"sent", "pending", false},
      {"sent", "bogus", false},         {"bogus", "sent", false},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(StatusMovesForward(row.from, row.to), row.moves) << row.from << " → " << row.to;
  }
}

TEST(StatusFromTwilio, MapsEachTwilioStatus) {
  struct Row {
    const char* twilio;
    std::optional<std::string> ours;
  } rows[] = {
      {"queued", "sent"},          {"accepted", "sent"},      {"sending", "sent"}, {"sent", "sent"},
      {"delivered", "delivered"},  {"read", "delivered"},     {"undelivered", "undelivered"},
      {"failed", "failed"},        {"canceled", "failed"},    {"partially_delivered", std::nullopt},
      {"", std::nullopt},
  };
  for (const auto& row : rows) EXPECT_EQ(StatusFromTwilio(row.twilio), row.ours) << row.twilio;
}

}  // namespace
}  // namespace healthpulse::sms
