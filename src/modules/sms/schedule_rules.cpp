#include "modules/sms/schedule_rules.h"

namespace healthpulse::sms {

PlanAlert DecidePlanAlert(bool sms_consent, const std::string& phone, bool visit_booked) {
  if (!sms_consent || phone.empty()) return PlanAlert::kNoConsent;
  if (visit_booked) return PlanAlert::kVisitBooked;
  return PlanAlert::kSend;
}

std::string DisplayDate(const std::string& iso_date) {
  if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') return iso_date;
  return iso_date.substr(8, 2) + "/" + iso_date.substr(5, 2) + "/" + iso_date.substr(0, 4);
}

}  // namespace healthpulse::sms
