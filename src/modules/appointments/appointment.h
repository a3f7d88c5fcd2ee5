#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/pagination.h"
#include "modules/appointments/status.h"

namespace healthpulse::appointments {

struct Appointment {
  std::int64_t id = 0;
  std::int64_t patient_id = 0;
  std::int64_t doctor_id = 0;
  std::int64_t room_id = 0;
  std::int64_t practice_id = 0;
  std::int64_t clinic_id = 0;
  std::string start;  // RFC 3339
  std::string end;
  Status status = Status::kRegistered;
  std::optional<std::string> reason;
  // For agendas: names, so a calendar needs no second round trip.
  std::string patient_name;
  std::string doctor_name;
  std::string room_code;
  std::string practice_name;
  // Whose agendas it is on, for the live streams' filters (not part of the API object).
  std::int64_t doctor_user_id = 0;
  std::optional<std::int64_t> patient_user_id;
};

// A committed change to a turno, for the live screens.
struct AppointmentChange {
  std::string kind;  // created, status, rescheduled
  Appointment appointment;
};

// The live event announcing `change` (a JSON object): ids, status and times, never
// names, so a viewer refetches only what they may see.
std::string ToEventJson(const AppointmentChange& change);

struct NewAppointment {
  std::int64_t patient_id = 0;
  std::int64_t doctor_id = 0;
  std::int64_t room_id = 0;
  std::int64_t practice_id = 0;
  std::string start;               // RFC 3339
  std::optional<std::string> end;  // default: start + the practice's duration
};

// A reschedule: absent fields keep their value.
struct Reschedule {
  std::optional<std::string> start;
  std::optional<std::string> end;
  std::optional<std::int64_t> room_id;
  std::optional<std::int64_t> doctor_id;
};

struct AppointmentFilter {
  std::optional<std::int64_t> doctor_id;
  std::optional<std::int64_t> patient_id;
  std::optional<std::int64_t> clinic_id;
  std::optional<std::int64_t> room_id;
  std::optional<Status> status;
  std::optional<std::string> from;
  std::optional<std::string> to;
  PageRequest page;
};

// One entry of a turno's history.
struct AppointmentEvent {
  std::int64_t id = 0;
  std::string occurred_at;
  std::optional<std::int64_t> actor_user_id;
  std::optional<std::string> actor_name;
  std::string kind;  // created, status, rescheduled
  std::optional<std::string> from_status;
  std::optional<std::string> to_status;
  std::optional<std::string> reason;
  std::string details_json;
};

// What the database says about a proposed slot (booking_facts() in the schema).
struct BookingFacts {
  std::string end;
  std::optional<std::int64_t> clinic_id;
  bool start_in_past = false;
  bool doctor_ok = false;
  bool room_ok = false;
  bool clinic_ok = false;
  bool practice_ok = false;
  bool doctor_works_there = false;
  bool practice_offered = false;
  bool in_schedule = false;
  bool patient_exists = false;
  bool end_after_start = false;
};

// A free slot: the doctor is free and `room_id` is a consulting room free throughout.
struct AvailableSlot {
  std::string start;
  std::string end;
  std::int64_t doctor_id = 0;
  std::int64_t clinic_id = 0;
  std::int64_t room_id = 0;
};

struct AvailabilityQuery {
  std::optional<std::int64_t> doctor_id;
  std::optional<std::int64_t> practice_id;
  std::optional<std::int64_t> clinic_id;
  std::string from;  // RFC 3339
  std::string to;
  int limit = 50;
};

// One line of a clinic's waiting-room board.
struct BoardEntry {
  std::int64_t appointment_id = 0;
  Status status = Status::kWaiting;  // waiting or in_progress
  std::string display_name;          // first name and initial only
  std::string doctor_name;
  std::string room_code;
  std::string start;
  std::string since;  // when it reached this status
};

// The 422 problems of a proposed slot, each naming the field to change.
std::vector<FieldError> BookingProblems(const BookingFacts& facts);

}  // namespace healthpulse::appointments
