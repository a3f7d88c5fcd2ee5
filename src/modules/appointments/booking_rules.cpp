#include "modules/appointments/appointment.h"

namespace healthpulse::appointments {

std::vector<FieldError> BookingProblems(const BookingFacts& f) {
  std::vector<FieldError> errors;
  if (!f.patient_exists) errors.push_back({"patient_id", "no such patient"});
  if (!f.doctor_ok) errors.push_back({"doctor_id", "no such active doctor"});
  if (!f.room_ok) errors.push_back({"room_id", "no such active room"});
  if (f.room_ok && !f.clinic_ok) errors.push_back({"room_id", "the room's clinic is inactive"});
  if (!f.practice_ok) errors.push_back({"practice_id", "no such active practice"});
  if (!f.end_after_start) errors.push_back({"end", "must be after start"});
  if (f.start_in_past) errors.push_back({"start", "is in the past"});
  if (!errors.empty()) return errors;
  if (!f.doctor_works_there) errors.push_back({"room_id", "the room is not in a clinic where the doctor works"});
  if (f.doctor_works_there && !f.in_schedule) {
    errors.push_back({"start", "is outside the doctor's hours at that clinic"});
  }
  if (!f.practice_offered) errors.push_back({"practice_id", "is not offered at the room's clinic"});
  return errors;
}

}  // namespace healthpulse::appointments
