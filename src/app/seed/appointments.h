#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "app/seed/network.h"

namespace healthpulse::app::seed {

// Clinics are in America/Argentina/Buenos_Aires, which has had no DST since 2009: UTC-3.
constexpr std::int64_t kClinicUtcOffsetSeconds = -3 * 3600;

// appointment_status values, in the enum's order.
enum class Status : std::uint8_t { kRegistered, kConfirmed, kWaiting, kInProgress, kFinished, kCancelled, kNoShow };
std::string_view StatusName(Status status);

// One appointment_events row. `created` rows have no from status.
struct TimelineEvent {
  std::int64_t at;  // UTC seconds
  Status from;
  Status to;
  bool created;
  bool by_doctor;  // else the booking secretary
};

// A turno's history up to `now` (DESIGN.md §4): created, then the transitions that have
// happened by `now`. Planned outcome: ~85% finished, ~8% cancelled (with a reason),
// ~7% no_show; a demo turno always finishes. Deterministic in (row, position, now).
struct Timeline {
  std::array<TimelineEvent, 5> events;
  std::size_t count = 0;
  std::string_view reason;  // cancellation reason, empty unless cancelled
  Status status() const { return events[count - 1].to; }
};
Timeline PlanTimeline(const AppointmentRow& row, std::size_t position, std::int64_t now);

// "YYYY-MM-DD HH:MM:SS+00" for UTC seconds since the epoch.
std::string TimestampText(std::int64_t seconds);

}  // namespace healthpulse::app::seed
