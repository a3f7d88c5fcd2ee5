#include <algorithm>

#include "core/time_of_day.h"
#include "modules/doctors/doctor.h"

namespace healthpulse::doctors {

std::vector<FieldError> ValidateSchedule(const std::vector<ScheduleBlock>& blocks,
                                         const std::vector<std::int64_t>& doctor_clinics) {
  std::vector<FieldError> errors;
  std::vector<bool> usable(blocks.size(), true);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const auto& b = blocks[i];
    auto field = "blocks[" + std::to_string(i) + "]";
    if (b.weekday < 1 || b.weekday > 7) {
      errors.push_back({field + ".weekday", "must be 1 (Monday) to 7 (Sunday)"});
      usable[i] = false;
    }
    if (b.from >= b.to) {
      errors.push_back({field + ".to", "must be after from"});
      usable[i] = false;
    }
    if (std::find(doctor_clinics.begin(), doctor_clinics.end(), b.clinic_id) == doctor_clinics.end()) {
      errors.push_back({field + ".clinic_id", "is not one of the doctor's clinics"});
    }
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      const auto& a = blocks[j];
      const auto& b = blocks[i];
      if (!usable[i] || !usable[j] || a.weekday != b.weekday || b.from >= a.to || a.from >= b.to) continue;
      errors.push_back({"blocks[" + std::to_string(i) + "]",
                        "overlaps blocks[" + std::to_string(j) + "] (weekday " + std::to_string(a.weekday) + " " +
                            FormatTimeOfDay(a.from) + "-" + FormatTimeOfDay(a.to) + ")"});
      break;
    }
  }
  return errors;
}

}  // namespace healthpulse::doctors
