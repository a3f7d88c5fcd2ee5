#include "modules/appointments/status.h"

#include <array>
#include <utility>

namespace healthpulse::appointments {
namespace {

constexpr std::array<std::pair<Status, std::string_view>, 7> kNames = {{
    {Status::kRegistered, "registered"},
    {Status::kConfirmed, "confirmed"},
    {Status::kWaiting, "waiting"},
    {Status::kInProgress, "in_progress"},
    {Status::kFinished, "finished"},
    {Status::kCancelled, "cancelled"},
    {Status::kNoShow, "no_show"},
}};

}  // namespace

std::string_view ToString(Status status) {
  for (const auto& [s, name] : kNames) {
    if (s == status) return name;
  }
  return "unknown";
}

std::optional<Status> ParseStatus(std::string_view text) {
  for (const auto& [s, name] : kNames) {
    if (name == text) return s;
  }
  return std::nullopt;
}

bool IsLive(Status status) { return status != Status::kCancelled && status != Status::kNoShow; }

std::optional<std::string_view> RefuseTransition(Status from, Status to, bool has_reason, const TurnoClock& clock) {
  using S = Status;
  const bool today = clock.days_from_today == 0;
  switch (to) {
    case S::kConfirmed:
      if (from == S::kRegistered) return std::nullopt;
      break;
    case S::kWaiting:
      if (from == S::kConfirmed) {
        if (!today) return "the patient can only arrive on the turno's day (clinic time)";
        return std::nullopt;
      }
      break;
    case S::kInProgress:
      if (from == S::kWaiting) {
        if (!today) return "a patient can only be called in on the turno's day (clinic time)";
        return std::nullopt;
      }
      break;
    case S::kFinished:
      if (from == S::kInProgress) {
        if (clock.days_from_today > 0) return "a turno cannot be finished before its day (clinic time)";
        return std::nullopt;
      }
      break;
    case S::kCancelled:
      if (from == S::kRegistered || from == S::kConfirmed || from == S::kWaiting) {
        if (!has_reason) return "cancelling needs a reason";
        return std::nullopt;
      }
      break;
    case S::kNoShow:
      if (from == S::kRegistered || from == S::kConfirmed) {
        if (!clock.started) return "no_show only once the start has passed";
        return std::nullopt;
      }
      break;
    case S::kRegistered:
      break;
  }
  return "that transition is not allowed";
}

}  // namespace healthpulse::appointments
