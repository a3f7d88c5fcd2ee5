#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/pagination.h"

namespace healthpulse::reports {

// What a care-gap listing asks for, already validated.
struct CareGapRequest {
  std::optional<std::int64_t> clinic_id;  // nullopt: every clinic in the caller's scope
  std::optional<std::string> condition;   // a report_conditions code ("E10-E14"); nullopt: any
  std::string since;                      // YYYY-MM-DD: not seen on or after this day; empty:
                                          // six months before today
  PageRequest page;
};

// A chronic patient with a gap in their care: not seen (a visit anywhere in the network)
// since `since`, or an active follow-up plan due before today without a visit since.
struct CareGap {
  std::int64_t patient_id = 0;
  std::string first_name;
  std::string last_name;
  std::string document_type;
  std::string document_number;
  std::optional<std::string> phone;
  std::optional<std::string> last_visit;        // YYYY-MM-DD, nullopt when never seen
  std::vector<std::string> conditions;           // the patient's conditions (the one asked for, if any)
  std::optional<std::string> follow_up_due_on;   // the earliest overdue plan's due day
  bool not_seen = false;                         // no visit on or after `since`
};

// One page of care gaps, with the day the rule was applied on: `today` is the local
// date at the clinics in scope (the earliest when their time zones differ), `since` the
// one asked for or six months before today.
struct CareGapPage : Page<CareGap> {
  std::string since;
  std::string today;
};

// How many patients the care-gap list holds over all its pages (the secretary's Inicio).
struct CareGapSummary {
  std::int64_t count = 0;
  std::string since;
  std::string today;
};

}  // namespace healthpulse::reports
