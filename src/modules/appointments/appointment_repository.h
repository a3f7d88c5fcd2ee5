#pragma once

#include <optional>
#include <vector>

#include "core/principal.h"
#include "db/database.h"
#include "modules/appointments/appointment.h"
#include "modules/appointments/calendar_file.h"

namespace healthpulse::appointments {

// What a transition needs to know, read with the row locked (FOR UPDATE).
struct LockedAppointment {
  Status status = Status::kRegistered;
  TurnoClock clock;
  long long seconds_to_start = 0;
  std::int64_t clinic_id = 0;
  std::int64_t doctor_user_id = 0;
  std::optional<std::int64_t> patient_user_id;
};

// The slot an appointment holds now.
struct CurrentSlot {
  std::string start;
  std::string end;
  std::int64_t room_id = 0;
  std::int64_t doctor_id = 0;
  std::int64_t patient_id = 0;
  std::int64_t practice_id = 0;
};

// What one booking statement did: the checks' facts, whether the caller may book there
// (a secretary of the room's clinic, or the patient themself), and the appointment when
// every check passed and it was booked.
struct BookingOutcome {
  BookingFacts facts;
  bool caller_ok = false;
  bool patient_visible = false;  // patient_visible_to the caller
  std::optional<Appointment> booked;
};

// Appointments and their events within one transaction. Overlaps raise the exclusion
// violations (appointments_{doctor,room,patient}_no_overlap) that Database::Transact
// maps to 409s naming the doctor, the room or the patient.
class AppointmentRepository {
 public:
  explicit AppointmentRepository(db::Tx& tx) : tx_(tx) {}

  // Checks, books, registers the patient at the clinic and records the "created" event,
  // all in one statement (book_appointment.sql): run it alone, outside a transaction.
  BookingOutcome Book(const NewAppointment& a, const Principal& caller);
  BookingFacts CheckBooking(std::int64_t doctor_id, std::int64_t room_id, std::int64_t practice_id,
                            std::int64_t patient_id, const std::string& start, const std::optional<std::string>& end);
  std::vector<std::int64_t> UserClinics(std::int64_t user_id);

  std::optional<Appointment> FindVisible(std::int64_t id, const Principal& caller);
  // The turno's calendar file data, only when the caller may see it.
  std::optional<CalendarEntry> FindCalendarEntry(std::int64_t id, const Principal& caller);
  std::vector<Appointment> List(const AppointmentFilter& filter, const Principal& caller);  // limit + 1 rows
  // The appointment locked FOR UPDATE, or nullopt when absent or not visible to `caller`.
  std::optional<LockedAppointment> LockVisible(std::int64_t id, const Principal& caller);
  std::optional<CurrentSlot> Slot(std::int64_t id);
  void SetStatus(std::int64_t id, Status status, const std::optional<std::string>& reason);
  void Move(std::int64_t id, std::int64_t doctor_id, std::int64_t room_id, std::int64_t clinic_id,
            const std::string& start, const std::string& end);

  std::vector<BoardEntry> Board(std::int64_t clinic_id);
  std::vector<AvailableSlot> Availability(const AvailabilityQuery& query);
  double WindowDays(const std::string& from, const std::string& to);

  void AddEvent(std::int64_t appointment_id, std::optional<std::int64_t> actor, const std::string& kind,
                std::optional<Status> from, std::optional<Status> to, const std::optional<std::string>& reason,
                const std::string& details_json);
  std::vector<AppointmentEvent> Events(std::int64_t appointment_id);

  bool WorksAt(std::int64_t user_id, std::int64_t clinic_id);
  bool ClinicExists(std::int64_t clinic_id);

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::appointments
