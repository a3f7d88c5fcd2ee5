#pragma once

#include <optional>
#include <string_view>

namespace healthpulse::appointments {

// The life of a turno (DESIGN.md §4).
enum class Status { kRegistered, kConfirmed, kWaiting, kInProgress, kFinished, kCancelled, kNoShow };

// The API and database spelling: "registered", "confirmed", "waiting", "in_progress",
// "finished", "cancelled", "no_show".
std::string_view ToString(Status status);
std::optional<Status> ParseStatus(std::string_view text);

// Live appointments hold their doctor, room and patient: every status but cancelled and
// no_show (the exclusion constraints use the same rule).
bool IsLive(Status status);

// Why a transition is refused, or nullopt when it is allowed:
// registered → confirmed → waiting → in_progress → finished; cancelled from registered,
// confirmed or waiting, with a reason; no_show from registered or confirmed once the
// start has passed (`started` says whether it has).
std::optional<std::string_view> RefuseTransition(Status from, Status to, bool has_reason, bool started);

}  // namespace healthpulse::appointments
