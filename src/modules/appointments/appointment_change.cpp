#include <nlohmann/json.hpp>

#include "modules/appointments/appointment.h"

namespace healthpulse::appointments {

std::string ToEventJson(const AppointmentChange& change) {
  const Appointment& a = change.appointment;
  nlohmann::json event = {{"type", "appointment." + change.kind},
                          {"appointment_id", a.id},
                          {"clinic_id", a.clinic_id},
                          {"doctor_id", a.doctor_id},
                          {"room_id", a.room_id},
                          {"status", ToString(a.status)},
                          {"start", a.start},
                          {"end", a.end},
                          {"doctor_user_id", a.doctor_user_id},
                          {"patient_user_id", nullptr}};
  if (a.patient_user_id) event["patient_user_id"] = *a.patient_user_id;
  return event.dump();
}

}  // namespace healthpulse::appointments
