#pragma once

#include <optional>
#include <vector>

#include "db/database.h"
#include "modules/doctors/doctor.h"

namespace healthpulse::doctors {

// Doctor profiles, their clinics (user_clinics) and weekly schedules, in one transaction.
class DoctorRepository {
 public:
  explicit DoctorRepository(db::Tx& tx) : tx_(tx) {}

  std::optional<Doctor> Find(std::int64_t id);
  std::vector<Doctor> List(const DoctorFilter& filter);  // limit + 1 rows
  // False when there is no such doctor. A taken license raises doctors_license_key.
  bool Update(std::int64_t id, const DoctorPatch& patch);
  std::vector<ScheduleBlock> Schedule(std::int64_t doctor_id);
  void ReplaceSchedule(std::int64_t doctor_id, const std::vector<ScheduleBlock>& blocks);

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::doctors
