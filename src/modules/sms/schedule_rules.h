#pragma once

#include <string>

namespace healthpulse::sms {

// What the scheduler does with a due follow-up plan (the plan moves on in every case).
enum class PlanAlert {
  kSend,         // an alert goes into the outbox
  kVisitBooked,  // a live visit of the plan's specialty exists: nobody is nagged
  kNoConsent,    // the patient said no to SMS, or has no phone: nothing to send
};

// The rule of DESIGN.md §7, in order: no consent or no phone → kNoConsent; a visit
// already booked → kVisitBooked; otherwise kSend. Pure.
PlanAlert DecidePlanAlert(bool sms_consent, const std::string& phone, bool visit_booked);

// "YYYY-MM-DD" as the SMS shows dates ("dd/mm/aaaa"); other text unchanged.
std::string DisplayDate(const std::string& iso_date);

}  // namespace healthpulse::sms
