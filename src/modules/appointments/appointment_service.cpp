#include "modules/appointments/appointment_service.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/text.h"
#include "core/timestamp.h"
#include "modules/appointments/appointment_repository.h"

namespace healthpulse::appointments {
namespace {

bool Contains(const std::vector<std::int64_t>& ids, std::int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::vector<FieldError> CheckTimes(const std::optional<std::string>& start, const std::optional<std::string>& end) {
  std::vector<FieldError> errors;
  if (start && !IsRfc3339(*start)) errors.push_back({"start", "must be an RFC 3339 timestamp with offset"});
  if (end && !IsRfc3339(*end)) errors.push_back({"end", "must be an RFC 3339 timestamp with offset"});
  return errors;
}

nlohmann::json SlotJson(const CurrentSlot& s) {
  return {{"start", s.start}, {"end", s.end}, {"room_id", s.room_id}, {"doctor_id", s.doctor_id}};
}

}  // namespace

Result<Appointment> AppointmentService::Book(const Principal& caller, const NewAppointment& a) {
  if (caller.role != Role::kSecretary && caller.role != Role::kPatient) return Fail(Error::Forbidden());
  if (auto errors = CheckTimes(a.start, a.end); !errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  // One statement, so no transaction around it: it checks, books and records the event
  // atomically, or writes nothing. Behind the gate, so a rush on one slot does not
  // deadlock inside PostgreSQL (see BookingGate).
  auto pass = gate_.Enter(a.doctor_id, a.room_id, a.patient_id);
  auto booked = db::ExecuteValue<Appointment>(db_, [&](db::Tx& tx) -> Result<Appointment> {
    auto outcome = AppointmentRepository(tx).Book(a, caller);
    // A patient the caller may not see is not there for them, whatever else is wrong.
    if (!outcome.patient_visible) return Fail(Error::NotFound("No such patient", "patient_id"));
    if (auto errors = BookingProblems(outcome.facts); !errors.empty()) return Fail(Error::Invalid(std::move(errors)));
    if (!outcome.caller_ok) {
      return Fail(caller.role == Role::kSecretary ? Error::Invalid("room_id", "is not at one of your clinics")
                                                  : Error::Invalid("patient_id", "patients book only for themselves"));
    }
    return std::move(outcome.booked).value();
  });
  return Announce("created", std::move(booked));
}

Result<Appointment> AppointmentService::Announce(const std::string& kind, Result<Appointment> result) {
  if (result && on_change_) on_change_(AppointmentChange{kind, *result});
  return result;
}

// Reads that are one statement run without BEGIN/COMMIT: two round trips fewer.
Result<Appointment> AppointmentService::Get(const Principal& caller, std::int64_t id) {
  return db::ExecuteValue<Appointment>(db_, [&](db::Tx& tx) -> Result<Appointment> {
    auto found = AppointmentRepository(tx).FindVisible(id, caller);
    if (!found) return Fail(Error::NotFound("No such appointment"));
    return *found;
  });
}

Result<std::string> AppointmentService::CalendarFile(const Principal& caller, std::int64_t id) {
  return db::ExecuteValue<std::string>(db_, [&](db::Tx& tx) -> Result<std::string> {
    auto found = AppointmentRepository(tx).FindCalendarEntry(id, caller);
    if (!found) return Fail(Error::NotFound("No such appointment"));
    return RenderCalendarFile(*found);
  });
}

Result<Page<Appointment>> AppointmentService::List(const Principal& caller, const AppointmentFilter& filter) {
  if (auto errors = CheckTimes(filter.from, filter.to); !errors.empty()) {
    for (auto& e : errors) e.field = e.field == "start" ? "from" : "to";
    return Fail(Error::Invalid(std::move(errors)));
  }
  return db::ExecuteValue<Page<Appointment>>(db_, [&](db::Tx& tx) -> Result<Page<Appointment>> {
    return MakePage(AppointmentRepository(tx).List(filter, caller), filter.page.limit,
                    [](const Appointment& a) { return a.id; });
  });
}

Result<Appointment> AppointmentService::ChangeStatus(const Principal& caller, std::int64_t id, Status to,
                                                     const std::optional<std::string>& reason) {
  if (reason && CharacterCount(*reason) > 500) return Fail(Error::Invalid("reason", "must be at most 500 characters"));
  bool has_reason = reason && reason->find_first_not_of(' ') != std::string::npos;
  auto changed = db::TransactValue<Appointment>(db_, [&](db::Tx& tx) -> Result<Appointment> {
    AppointmentRepository repository(tx);
    auto locked = repository.LockVisible(id, caller);
    if (!locked) return Fail(Error::NotFound("No such appointment"));
    switch (caller.role) {
      case Role::kAdmin:
        return Fail(Error::Forbidden("Admins read appointments; secretaries manage them"));
      case Role::kDoctor:
        if (to != Status::kWaiting && to != Status::kInProgress && to != Status::kFinished) {
          return Fail(Error::Forbidden("Doctors move their turnos to waiting, in_progress or finished"));
        }
        break;
      case Role::kPatient:
        if (to != Status::kCancelled) return Fail(Error::Forbidden("Patients may only cancel their turnos"));
        if (locked->seconds_to_start < patient_cancel_window_.count() * 60) {
          return Fail(Error::Conflict("Too close to the start to cancel online: call the clinic", "status"));
        }
        break;
      case Role::kSecretary:
        break;
    }
    if (auto refusal = RefuseTransition(locked->status, to, has_reason, locked->clock)) {
      std::string message = std::string(*refusal) + " (" + std::string(ToString(locked->status)) + " → " +
                            std::string(ToString(to)) + ")";
      if (to == Status::kCancelled && !has_reason && RefuseTransition(locked->status, to, true, TurnoClock{true, 0}) == std::nullopt) {
        return Fail(Error::Invalid("reason", "is required to cancel"));
      }
      return Fail(Error::Conflict(message, "status"));
    }
    repository.SetStatus(id, to, has_reason ? reason : std::nullopt);
    repository.AddEvent(id, caller.user_id, "status", locked->status, to, has_reason ? reason : std::nullopt, "{}");
    return repository.FindVisible(id, caller).value();
  });
  return Announce("status", std::move(changed));
}

Result<Appointment> AppointmentService::ChangeStatusBySystem(db::Tx& tx, std::int64_t id, Status to,
                                                             const std::optional<std::string>& reason,
                                                             const std::string& via) {
  const Principal system = SystemPrincipal(via);  // an admin's view: every appointment
  AppointmentRepository repository(tx);
  auto locked = repository.LockVisible(id, system);
  if (!locked) return Fail(Error::NotFound("No such appointment"));
  bool has_reason = reason && reason->find_first_not_of(' ') != std::string::npos;
  if (auto refusal = RefuseTransition(locked->status, to, has_reason, locked->clock)) {
    return Fail(Error::Conflict(std::string(*refusal), "status"));
  }
  repository.SetStatus(id, to, has_reason ? reason : std::nullopt);
  repository.AddEvent(id, std::nullopt, "status", locked->status, to, has_reason ? reason : std::nullopt,
                      nlohmann::json{{"via", via}}.dump());
  return repository.FindVisible(id, system).value();
}

Result<Appointment> AppointmentService::Reschedule(const Principal& caller, std::int64_t id,
                                                   const appointments::Reschedule& change) {
  if (auto errors = CheckTimes(change.start, change.end); !errors.empty()) {
    return Fail(Error::Invalid(std::move(errors)));
  }
  auto moved = db::TransactValue<Appointment>(db_, [&](db::Tx& tx) -> Result<Appointment> {
    AppointmentRepository repository(tx);
    auto locked = repository.LockVisible(id, caller);
    if (!locked) return Fail(Error::NotFound("No such appointment"));
    const bool patient = caller.role == Role::kPatient;
    if (caller.role != Role::kSecretary && !patient) {
      return Fail(Error::Forbidden("Secretaries and the turno's patient reschedule turnos"));
    }
    if (locked->status != Status::kRegistered && locked->status != Status::kConfirmed) {
      return Fail(Error::Conflict("Only registered or confirmed turnos can be rescheduled", "status"));
    }
    auto before = repository.Slot(id).value();
    if (patient) {
      // The patient moves their own turno with the same notice as cancelling it, and to
      // another slot of the same doctor (another doctor is another booking).
      if (locked->seconds_to_start < patient_cancel_window_.count() * 60) {
        return Fail(Error::Conflict("Too close to the start to reschedule online: call the clinic", "start"));
      }
      if (change.doctor_id && *change.doctor_id != before.doctor_id) {
        return Fail(Error::Invalid("doctor_id", "patients keep their doctor: cancel and book another turno"));
      }
    }
    CurrentSlot after = before;
    after.start = change.start.value_or(before.start);
    after.room_id = change.room_id.value_or(before.room_id);
    after.doctor_id = change.doctor_id.value_or(before.doctor_id);
    // A new start without an end takes the practice's duration, as when booking; a move
    // to another room or doctor alone keeps the times.
    std::optional<std::string> end = change.end ? change.end : (change.start ? std::nullopt : std::optional(before.end));
    auto facts = repository.CheckBooking(after.doctor_id, after.room_id, before.practice_id, before.patient_id,
                                         after.start, end);
    if (auto errors = BookingProblems(facts); !errors.empty()) return Fail(Error::Invalid(std::move(errors)));
    if (!patient && !Contains(repository.UserClinics(caller.user_id), *facts.clinic_id)) {
      return Fail(Error::Invalid("room_id", "is not at one of your clinics"));
    }
    after.end = facts.end;
    repository.Move(id, after.doctor_id, after.room_id, *facts.clinic_id, after.start, after.end);
    repository.AddEvent(id, caller.user_id, "rescheduled", locked->status, locked->status, std::nullopt,
                        nlohmann::json{{"from", SlotJson(before)}, {"to", SlotJson(after)}}.dump());
    return repository.FindVisible(id, caller).value();
  });
  return Announce("rescheduled", std::move(moved));
}

Result<std::vector<AvailableSlot>> AppointmentService::Availability(const Principal& /*caller: any signed-in*/,
                                                                    const AvailabilityQuery& query) {
  std::vector<FieldError> errors;
  if (!query.doctor_id && !query.practice_id) errors.push_back({"doctor_id", "give doctor_id or practice_id"});
  auto times = CheckTimes(query.from, query.to);
  for (auto& e : times) errors.push_back({e.field == "start" ? "from" : "to", e.message});
  if (!errors.empty()) return Fail(Error::Invalid(std::move(errors)));
  return db::TransactValue<std::vector<AvailableSlot>>(db_, [&](db::Tx& tx) -> Result<std::vector<AvailableSlot>> {
    AppointmentRepository repository(tx);
    // The database subtracts the timestamps: they may carry any offset.
    auto days = repository.WindowDays(query.from, query.to);
    if (days <= 0) return Fail(Error::Invalid("to", "must be after from"));
    if (days > 62) return Fail(Error::Invalid("to", "must be at most 62 days after from"));
    return repository.Availability(query);
  });
}

Result<void> AppointmentService::CanWatchClinic(const Principal& caller, std::int64_t clinic_id) {
  return db_.Transact([&](db::Tx& tx) -> Result<void> {
    AppointmentRepository repository(tx);
    bool allowed = caller.role == Role::kAdmin ? repository.ClinicExists(clinic_id)
                   : caller.role == Role::kPatient ? false
                                                   : repository.WorksAt(caller.user_id, clinic_id);
    if (!allowed) return Fail(Error::NotFound("No such clinic"));
    return {};
  });
}

Result<std::vector<BoardEntry>> AppointmentService::Board(const Principal& caller, std::int64_t clinic_id) {
  if (auto ok = CanWatchClinic(caller, clinic_id); !ok) return Fail(ok.error());
  return db::TransactValue<std::vector<BoardEntry>>(db_, [&](db::Tx& tx) -> Result<std::vector<BoardEntry>> {
    return AppointmentRepository(tx).Board(clinic_id);
  });
}

Result<std::vector<AppointmentEvent>> AppointmentService::History(const Principal& caller, std::int64_t id) {
  return db::TransactValue<std::vector<AppointmentEvent>>(
      db_, [&](db::Tx& tx) -> Result<std::vector<AppointmentEvent>> {
        AppointmentRepository repository(tx);
        if (!repository.FindVisible(id, caller)) return Fail(Error::NotFound("No such appointment"));
        return repository.Events(id);
      });
}

}  // namespace healthpulse::appointments
