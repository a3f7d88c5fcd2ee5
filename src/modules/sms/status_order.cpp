#include "modules/sms/status_order.h"

namespace healthpulse::sms {
namespace {

// The step of each status; final statuses share the last step, so none replaces another.
std::optional<int> Step(std::string_view status) {
  if (status == "pending") return 0;
  if (status == "sending") return 1;
  if (status == "sent") return 2;
  if (status == "delivered" || status == "undelivered" || status == "failed" || status == "expired" ||
      status == "skipped" || status == "simulated") {
    return 3;
  }
  return std::nullopt;
}

}  // namespace

bool StatusMovesForward(std::string_view from, std::string_view to) {
  auto a = Step(from);
  auto b = Step(to);
  return a && b && *b > *a;
}

std::optional<std::string> StatusFromTwilio(std::string_view s) {
  if (s == "accepted" || s == "scheduled" || s == "queued" || s == "sending" || s == "sent") return "sent";
  if (s == "delivered" || s == "read") return "delivered";
  if (s == "undelivered") return "undelivered";
  if (s == "failed" || s == "canceled") return "failed";
  return std::nullopt;
}

}  // namespace healthpulse::sms
