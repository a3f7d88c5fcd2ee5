#include "modules/doctors/doctor_repository.h"

#include <pqxx/pqxx>

#include "core/text.h"
#include "db/field.h"
#include "modules/users/user_repository.h"

namespace healthpulse::doctors {
namespace {

// Columns of select_doctor.sql.
Doctor FromRow(const pqxx::row& row) {
  return Doctor{row["id"].as<std::int64_t>(),
                row["user_id"].as<std::int64_t>(),
                row["full_name"].as<std::string>(),
                row["specialty"].as<std::string>(),
                db::Nullable<std::string>(row["license_number"]),
                row["active"].as<bool>(),
                db::IdList(row["clinic_ids"])};
}

}  // namespace

std::optional<Doctor> DoctorRepository::Find(std::int64_t id) {
  auto rows = tx_.raw().exec_prepared("select_doctor", id);
  if (rows.empty()) return std::nullopt;
  return FromRow(rows[0]);
}

std::vector<Doctor> DoctorRepository::List(const DoctorFilter& f) {
  return db::MapRows<Doctor>(tx_.raw().exec_prepared("list_doctors", f.page.cursor_id.value_or(0), f.page.limit + 1,
                                                     f.clinic_id, f.specialty,
                                                     f.q ? std::optional<std::string>(EscapeLike(*f.q)) : std::nullopt),
                             FromRow);
}

bool DoctorRepository::Update(std::int64_t id, const DoctorPatch& p) {
  auto rows = tx_.raw().exec_prepared("update_doctor", id, p.specialty, p.license_number.value_or(std::nullopt),
                                      p.license_number.has_value());
  if (rows.empty()) return false;
  if (p.clinic_ids) users::UserRepository(tx_).ReplaceClinics(rows[0]["user_id"].as<std::int64_t>(), *p.clinic_ids);
  return true;
}

std::vector<ScheduleBlock> DoctorRepository::Schedule(std::int64_t doctor_id) {
  return db::MapRows<ScheduleBlock>(
      tx_.raw().exec_prepared("select_doctor_schedule", doctor_id), [](const pqxx::row& row) {
        return ScheduleBlock{row["clinic_id"].as<std::int64_t>(), row["weekday"].as<int>(),
                             row["from_minute"].as<int>(), row["to_minute"].as<int>()};
      });
}

void DoctorRepository::ReplaceSchedule(std::int64_t doctor_id, const std::vector<ScheduleBlock>& blocks) {
  tx_.raw().exec_prepared0("delete_doctor_schedule", doctor_id);
  for (const auto& b : blocks) {
    tx_.raw().exec_prepared0("insert_schedule_block", doctor_id, b.clinic_id, b.weekday, b.from, b.to);
  }
}

}  // namespace healthpulse::doctors
