#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/pagination.h"

namespace healthpulse::doctors {

// A doctor: a user with role doctor plus their profile.
struct Doctor {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string full_name;
  std::string specialty;
  std::optional<std::string> license_number;
  bool active = true;
  std::vector<std::int64_t> clinic_ids;
};

struct DoctorPatch {
  std::optional<std::string> specialty;
  std::optional<std::optional<std::string>> license_number;
  std::optional<std::vector<std::int64_t>> clinic_ids;
};

struct DoctorFilter {
  std::optional<std::int64_t> clinic_id;
  std::optional<std::string> specialty;
  std::optional<std::string> q;
  PageRequest page;
};

// Weekly hours at one clinic: weekday 1 = Monday .. 7 = Sunday, minutes since midnight.
struct ScheduleBlock {
  std::int64_t clinic_id = 0;
  int weekday = 1;
  int from = 0;
  int to = 0;
};

// Checks a whole week: each block's weekday, order (from < to) and clinic (one of
// `doctor_clinics`), and that no two blocks overlap on a weekday, even at different
// clinics (a doctor is in one place at a time). Errors name "blocks[i]" or
// "blocks[i].field"; an overlap names the later block and the block it clashes with.
std::vector<FieldError> ValidateSchedule(const std::vector<ScheduleBlock>& blocks,
                                         const std::vector<std::int64_t>& doctor_clinics);

}  // namespace healthpulse::doctors
