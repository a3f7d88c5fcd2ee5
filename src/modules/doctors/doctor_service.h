#pragma once

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/doctors/doctor.h"

namespace healthpulse::doctors {

// Doctor profiles and weekly schedules. Every signed-in user reads; admins change them
// (Forbidden otherwise). Changes are audited. Thread-safe (stateless over the pool).
class DoctorService {
 public:
  explicit DoctorService(db::Database& db) : db_(db) {}

  Result<Page<Doctor>> List(const Principal& caller, const DoctorFilter& filter);
  Result<Doctor> Get(const Principal& caller, std::int64_t id);
  // Conflict on "license_number" when another doctor has it. Removing a clinic that the
  // schedule still uses is Invalid on "clinic_ids".
  Result<Doctor> Update(const Principal& caller, std::int64_t id, const DoctorPatch& patch);

  Result<std::vector<ScheduleBlock>> GetSchedule(const Principal& caller, std::int64_t doctor_id);
  // Replaces the whole week after ValidateSchedule; returns the stored week.
  Result<std::vector<ScheduleBlock>> PutSchedule(const Principal& caller, std::int64_t doctor_id,
                                                 const std::vector<ScheduleBlock>& blocks);

 private:
  db::Database& db_;
};

}  // namespace healthpulse::doctors
