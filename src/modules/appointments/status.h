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

// Where a turno stands against the clock, both read in its clinic's time zone.
struct TurnoClock {
  bool started = false;      // its start has passed
  int days_from_today = 0;   // its local day minus today's local day: 0 today, < 0 past, > 0 ahead
};

// Why a transition is refused, or nullopt when it is allowed (DESIGN.md §4, the one place
// the rule lives): registered → confirmed → waiting → in_progress → finished; cancelled
// from registered, confirmed or waiting, with a reason; no_show from registered or
// confirmed once the start has passed. Arrival (waiting) and in_progress only on the
// turno's local day; finished on that day or later.
std::optional<std::string_view> RefuseTransition(Status from, Status to, bool has_reason, const TurnoClock& clock);

}  // namespace healthpulse::appointments
