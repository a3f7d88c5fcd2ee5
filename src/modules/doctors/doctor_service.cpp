#include "modules/doctors/doctor_service.h"

#include <algorithm>

#include "core/permissions.h"
#include "modules/audit/audit_repository.h"
#include "modules/doctors/doctor_repository.h"

namespace healthpulse::doctors {

Result<Page<Doctor>> DoctorService::List(const Principal& caller, const DoctorFilter& filter) {
  if (!Allows(caller.role, Capability::kReadDirectory)) return Fail(Error::Forbidden());
  return db::TransactValue<Page<Doctor>>(db_, [&](db::Tx& tx) -> Result<Page<Doctor>> {
    return MakePage(DoctorRepository(tx).List(filter), filter.page.limit, [](const Doctor& d) { return d.id; });
  });
}

Result<Doctor> DoctorService::Get(const Principal& caller, std::int64_t id) {
  if (!Allows(caller.role, Capability::kReadDirectory)) return Fail(Error::Forbidden());
  return db::TransactValue<Doctor>(db_, [&](db::Tx& tx) -> Result<Doctor> {
    auto doctor = DoctorRepository(tx).Find(id);
    if (!doctor) return Fail(Error::NotFound("No such doctor"));
    return *doctor;
  });
}

Result<Doctor> DoctorService::Update(const Principal& caller, std::int64_t id, const DoctorPatch& patch) {
  if (!Allows(caller.role, Capability::kManageDirectory)) return Fail(Error::Forbidden());
  if (patch.specialty && patch.specialty->size() > 100) {
    return Fail(Error::Invalid("specialty", "must be at most 100 characters"));
  }
  return db::TransactValue<Doctor>(db_, [&](db::Tx& tx) -> Result<Doctor> {
    DoctorRepository doctors(tx);
    if (!doctors.Find(id)) return Fail(Error::NotFound("No such doctor"));
    if (patch.clinic_ids) {
      for (const auto& block : doctors.Schedule(id)) {
        if (std::find(patch.clinic_ids->begin(), patch.clinic_ids->end(), block.clinic_id) == patch.clinic_ids->end()) {
          return Fail(Error::Invalid("clinic_ids", "the schedule still has hours at clinic " +
                                                       std::to_string(block.clinic_id) + ": change it first"));
        }
      }
    }
    doctors.Update(id, patch);
    audit::AuditRepository(tx).Append(audit::ByActor(caller, "doctor.updated", "doctor", id));
    return doctors.Find(id).value();
  });
}

Result<std::vector<ScheduleBlock>> DoctorService::GetSchedule(const Principal& caller, std::int64_t doctor_id) {
  if (!Allows(caller.role, Capability::kReadDirectory)) return Fail(Error::Forbidden());
  return db::TransactValue<std::vector<ScheduleBlock>>(db_, [&](db::Tx& tx) -> Result<std::vector<ScheduleBlock>> {
    DoctorRepository doctors(tx);
    if (!doctors.Find(doctor_id)) return Fail(Error::NotFound("No such doctor"));
    return doctors.Schedule(doctor_id);
  });
}

Result<std::vector<ScheduleBlock>> DoctorService::PutSchedule(const Principal& caller, std::int64_t doctor_id,
                                                              const std::vector<ScheduleBlock>& blocks) {
  if (!Allows(caller.role, Capability::kManageDirectory)) return Fail(Error::Forbidden());
  return db::TransactValue<std::vector<ScheduleBlock>>(db_, [&](db::Tx& tx) -> Result<std::vector<ScheduleBlock>> {
    DoctorRepository doctors(tx);
    auto doctor = doctors.Find(doctor_id);
    if (!doctor) return Fail(Error::NotFound("No such doctor"));
    if (auto errors = ValidateSchedule(blocks, doctor->clinic_ids); !errors.empty()) {
      return Fail(Error::Invalid(std::move(errors)));
    }
    doctors.ReplaceSchedule(doctor_id, blocks);
    audit::AuditRepository(tx).Append(audit::ByActor(caller, "doctor.schedule_changed", "doctor", doctor_id));
    return doctors.Schedule(doctor_id);
  });
}

}  // namespace healthpulse::doctors
