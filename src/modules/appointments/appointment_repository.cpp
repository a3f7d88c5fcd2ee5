#include "modules/appointments/appointment_repository.h"

#include <pqxx/pqxx>

#include "db/field.h"

namespace healthpulse::appointments {
namespace {

// Columns of select_appointment.sql, starting at column `at` of `row`.
Appointment FromRow(const pqxx::row& row, int at = 0) {
  Appointment a;
  a.id = row[at + 0].as<std::int64_t>();
  a.patient_id = row[at + 1].as<std::int64_t>();
  a.doctor_id = row[at + 2].as<std::int64_t>();
  a.room_id = row[at + 3].as<std::int64_t>();
  a.practice_id = row[at + 4].as<std::int64_t>();
  a.clinic_id = row[at + 5].as<std::int64_t>();
  a.start = row[at + 6].as<std::string>();
  a.end = row[at + 7].as<std::string>();
  a.status = ParseStatus(row[at + 8].as<std::string>()).value();
  a.reason = db::Nullable<std::string>(row[at + 9]);
  a.patient_name = row[at + 10].as<std::string>();
  a.doctor_name = row[at + 11].as<std::string>();
  a.room_code = row[at + 12].as<std::string>();
  a.practice_name = row[at + 13].as<std::string>();
  a.doctor_user_id = row[at + 14].as<std::int64_t>();
  a.patient_user_id = db::Nullable<std::int64_t>(row[at + 15]);
  return a;
}

// Columns 0-11 of check_booking.sql and book_appointment.sql.
BookingFacts FactsFromRow(const pqxx::row& row) {
  BookingFacts f;
  f.end = db::Nullable<std::string>(row[0]).value_or("");
  f.clinic_id = db::Nullable<std::int64_t>(row[1]);
  f.start_in_past = row[2].as<bool>();
  f.doctor_ok = row[3].as<bool>();
  f.room_ok = row[4].as<bool>();
  f.clinic_ok = row[5].as<bool>();
  f.practice_ok = row[6].as<bool>();
  f.doctor_works_there = row[7].as<bool>();
  f.practice_offered = row[8].as<bool>();
  f.in_schedule = row[9].as<bool>();
  f.patient_exists = row[10].as<bool>();
  f.end_after_start = db::Nullable<bool>(row[11]).value_or(false);
  return f;
}

std::string RoleText(const Principal& caller) { return std::string(ToString(caller.role)); }

std::optional<std::string> StatusText(std::optional<Status> status) {
  if (!status) return std::nullopt;
  return std::string(ToString(*status));
}

}  // namespace

BookingOutcome AppointmentRepository::Book(const NewAppointment& a, const Principal& caller) {
  auto row = tx_.raw().exec_prepared1("book_appointment", a.patient_id, a.doctor_id, a.room_id, a.practice_id, a.start,
                                      a.end, caller.user_id, RoleText(caller));
  BookingOutcome outcome{FactsFromRow(row), row[12].as<bool>(), row["patient_visible"].as<bool>(), std::nullopt};
  if (!row[13].is_null()) outcome.booked = FromRow(row, 13);
  return outcome;
}

BookingFacts AppointmentRepository::CheckBooking(std::int64_t doctor_id, std::int64_t room_id,
                                                 std::int64_t practice_id, std::int64_t patient_id,
                                                 const std::string& start, const std::optional<std::string>& end) {
  return FactsFromRow(
      tx_.raw().exec_prepared1("check_booking", doctor_id, room_id, practice_id, patient_id, start, end));
}

std::vector<std::int64_t> AppointmentRepository::UserClinics(std::int64_t user_id) {
  return db::MapRows<std::int64_t>(tx_.raw().exec_prepared("select_user_clinic_ids", user_id),
                                   [](const pqxx::row& row) { return row[0].as<std::int64_t>(); });
}

std::optional<Appointment> AppointmentRepository::FindVisible(std::int64_t id, const Principal& caller) {
  auto rows = tx_.raw().exec_prepared("select_appointment", id, RoleText(caller), caller.user_id);
  if (rows.empty()) return std::nullopt;
  return FromRow(rows[0]);
}

std::optional<CalendarEntry> AppointmentRepository::FindCalendarEntry(std::int64_t id, const Principal& caller) {
  auto rows = tx_.raw().exec_prepared("select_appointment_calendar", id, RoleText(caller), caller.user_id);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  return CalendarEntry{id,
                       row["stamp"].as<std::string>(),
                       row["start"].as<std::string>(),
                       row["end"].as<std::string>(),
                       row["cancelled"].as<bool>(),
                       row["clinic_name"].as<std::string>(),
                       row["clinic_address"].as<std::string>(),
                       row["doctor_name"].as<std::string>(),
                       row["room_code"].as<std::string>()};
}

std::vector<Appointment> AppointmentRepository::List(const AppointmentFilter& f, const Principal& caller) {
  // A doctor's agenda has a query of its own whose cached plan uses the doctor's index.
  const char* query = f.doctor_id ? "list_doctor_appointments" : "list_appointments";
  return db::MapRows<Appointment>(
      tx_.raw().exec_prepared(query, f.page.cursor_id.value_or(0), f.page.limit + 1, f.doctor_id,
                              f.patient_id, f.clinic_id, f.room_id, StatusText(f.status), f.from, f.to,
                              RoleText(caller), caller.user_id),
      [](const pqxx::row& row) { return FromRow(row); });
}

std::optional<LockedAppointment> AppointmentRepository::LockVisible(std::int64_t id, const Principal& caller) {
  auto rows = tx_.raw().exec_prepared("lock_appointment", id, RoleText(caller), caller.user_id);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  return LockedAppointment{ParseStatus(row["status"].as<std::string>()).value(),
                           TurnoClock{row["started"].as<bool>(), row["days_from_today"].as<int>()},
                           row["seconds_to_start"].as<long long>(), row["clinic_id"].as<std::int64_t>(),
                           row["doctor_user_id"].as<std::int64_t>(), db::Nullable<std::int64_t>(row["patient_user_id"])};
}

std::optional<CurrentSlot> AppointmentRepository::Slot(std::int64_t id) {
  auto rows = tx_.raw().exec_prepared("select_appointment_times", id);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  return CurrentSlot{row[0].as<std::string>(),  row[1].as<std::string>(),  row[2].as<std::int64_t>(),
                     row[3].as<std::int64_t>(), row[4].as<std::int64_t>(), row[5].as<std::int64_t>()};
}

void AppointmentRepository::SetStatus(std::int64_t id, Status status, const std::optional<std::string>& reason) {
  tx_.raw().exec_prepared0("update_appointment_status", id, std::string(ToString(status)), reason);
}

void AppointmentRepository::Move(std::int64_t id, std::int64_t doctor_id, std::int64_t room_id,
                                 std::int64_t clinic_id, const std::string& start, const std::string& end) {
  tx_.raw().exec_prepared0("reschedule_appointment", id, doctor_id, room_id, clinic_id, start, end);
}

std::vector<AvailableSlot> AppointmentRepository::Availability(const AvailabilityQuery& q) {
  return db::MapRows<AvailableSlot>(
      tx_.raw().exec_prepared("select_availability", q.doctor_id, q.practice_id, q.clinic_id, q.from, q.to, q.limit),
      [](const pqxx::row& row) {
        return AvailableSlot{row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::int64_t>(),
                             row[3].as<std::int64_t>(), row[4].as<std::int64_t>()};
      });
}

std::vector<BoardEntry> AppointmentRepository::Board(std::int64_t clinic_id) {
  return db::MapRows<BoardEntry>(tx_.raw().exec_prepared("list_clinic_board", clinic_id), [](const pqxx::row& row) {
    return BoardEntry{row[0].as<std::int64_t>(), ParseStatus(row[1].as<std::string>()).value(),
                      row[2].as<std::string>(),  row[3].as<std::string>(),
                      row[4].as<std::string>(),  row[5].as<std::string>(),
                      row[6].as<std::string>()};
  });
}

double AppointmentRepository::WindowDays(const std::string& from, const std::string& to) {
  return tx_.raw().exec_prepared1("select_window_days", from, to)[0].as<double>();
}

void AppointmentRepository::AddEvent(std::int64_t appointment_id, std::optional<std::int64_t> actor,
                                     const std::string& kind, std::optional<Status> from, std::optional<Status> to,
                                     const std::optional<std::string>& reason, const std::string& details_json) {
  tx_.raw().exec_prepared0("insert_appointment_event", appointment_id, actor, kind, StatusText(from), StatusText(to),
                           reason, details_json);
}

bool AppointmentRepository::WorksAt(std::int64_t user_id, std::int64_t clinic_id) {
  return tx_.raw().exec_prepared1("select_user_works_at_clinic", user_id, clinic_id)[0].as<bool>();
}

bool AppointmentRepository::ClinicExists(std::int64_t clinic_id) {
  return tx_.raw().exec_prepared1("select_clinic_exists", clinic_id)[0].as<bool>();
}

std::vector<AppointmentEvent> AppointmentRepository::Events(std::int64_t appointment_id) {
  return db::MapRows<AppointmentEvent>(
      tx_.raw().exec_prepared("list_appointment_events", appointment_id), [](const pqxx::row& row) {
        return AppointmentEvent{row[0].as<std::int64_t>(),        row[1].as<std::string>(),
                                db::Nullable<std::int64_t>(row[2]), db::Nullable<std::string>(row[3]),
                                row[4].as<std::string>(),         db::Nullable<std::string>(row[5]),
                                db::Nullable<std::string>(row[6]), db::Nullable<std::string>(row[7]),
                                row[8].as<std::string>()};
      });
}

}  // namespace healthpulse::appointments
