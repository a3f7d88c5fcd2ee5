#pragma once

#include <chrono>
#include <functional>

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/appointments/appointment.h"
#include "modules/appointments/booking_gate.h"

namespace healthpulse::appointments {

// Booking, moving and following turnos, with DESIGN.md §5's rules: secretaries manage
// the appointments of their clinics; a doctor sees their own agenda and moves their own
// turnos to waiting, in_progress and finished; a patient books, cancels and reschedules
// their own (not within `patient_cancel_window` of the start); admins read. An appointment the
// caller may not see is NotFound. Every change is an event. Thread-safe.
class AppointmentService {
 public:
  // Told of every change once it has committed (the live screens' feed); called on the
  // request's thread, so it must not block.
  using ChangeListener = std::function<void(const AppointmentChange&)>;

  AppointmentService(db::Database& db, std::chrono::minutes patient_cancel_window, ChangeListener on_change)
      : db_(db), patient_cancel_window_(patient_cancel_window), on_change_(std::move(on_change)) {}

  // Invalid naming the field for a past start, a room outside the doctor's clinics, a
  // slot outside the doctor's hours there, a practice not offered there, or anyone
  // inactive; Conflict naming doctor_id, room_id or patient_id when that one already has
  // a live appointment overlapping the slot (PostgreSQL exclusion constraints decide).
  // One database statement: it costs about what the insert under it costs.
  Result<Appointment> Book(const Principal& caller, const NewAppointment& appointment);
  Result<Appointment> Get(const Principal& caller, std::int64_t id);
  // The turno as an RFC 5545 calendar file (see RenderCalendarFile), for whoever may see
  // it (NotFound otherwise, as Get).
  Result<std::string> CalendarFile(const Principal& caller, std::int64_t id);
  Result<Page<Appointment>> List(const Principal& caller, const AppointmentFilter& filter);
  // Conflict for a transition DESIGN.md §4 does not allow; Forbidden for one the
  // caller's role may not make.
  Result<Appointment> ChangeStatus(const Principal& caller, std::int64_t id, Status to,
                                   const std::optional<std::string>& reason);
  // Secretaries (at their clinics) and the turno's patient (same doctor, not within
  // `patient_cancel_window` of the current start: Conflict); the same checks as booking;
  // only registered or confirmed turnos (Conflict otherwise).
  Result<Appointment> Reschedule(const Principal& caller, std::int64_t id, const Reschedule& change);
  // Free slots of a doctor, or of every doctor who offers a practice, between two
  // times (at most 62 days apart), earliest first. Invalid naming the parameter.
  Result<std::vector<AvailableSlot>> Availability(const Principal& caller, const AvailabilityQuery& query);
  // Ok when the caller may watch the clinic's live stream: admins any clinic; secretaries
  // and doctors the clinics they work at (doctors then receive only their own agenda's
  // events); NotFound otherwise (patients follow their turnos on their own page).
  Result<void> CanWatchClinic(const Principal& caller, std::int64_t clinic_id);
  // Today's waiting room at a clinic (who waits, who is in which room), for the same
  // viewers as the clinic's live stream.
  Result<std::vector<BoardEntry>> Board(const Principal& caller, std::int64_t clinic_id);
  Result<std::vector<AppointmentEvent>> History(const Principal& caller, std::int64_t id);

  // A transition no signed-in user asked for: a patient's SMS reply confirming or
  // cancelling their turno (DESIGN.md §7). Runs inside the caller's transaction `tx`
  // with the same rules of DESIGN.md §4 (Conflict for a transition they do not allow;
  // NotFound for no such appointment) and records the event with no user and
  // details {"via": via}, which the history names in upper case ("SMS"). The change is
  // not announced: once `tx` has committed, pass the result to Publish.
  Result<Appointment> ChangeStatusBySystem(db::Tx& tx, std::int64_t id, Status to,
                                           const std::optional<std::string>& reason, const std::string& via);
  // Tells the live screens of a change that has committed (see ChangeStatusBySystem).
  void Publish(const AppointmentChange& change) const {
    if (on_change_) on_change_(change);
  }

 private:
  // Passes on a change that has committed.
  Result<Appointment> Announce(const std::string& kind, Result<Appointment> result);

  db::Database& db_;
  BookingGate gate_;
  const std::chrono::minutes patient_cancel_window_;
  const ChangeListener on_change_;
};

}  // namespace healthpulse::appointments
