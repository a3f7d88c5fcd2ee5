#pragma once

#include <string>

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/sms/outbox_repository.h"

namespace healthpulse::sms {

// True for the statuses and kinds of sms_messages (DESIGN.md §7).
bool IsSmsStatus(const std::string& status);
bool IsSmsKind(const std::string& kind);

// The outbox as the API shows it (GET /sms), over patient_visible_to (the one rule of
// DESIGN.md §5): admins see every message, secretaries those of their clinics'
// patients, doctors those of patients under their care, patients their own. A listing
// is a read of patient data: audited (sms_messages.read) with the filters and the
// count, never the bodies. Thread-safe (stateless over the pool).
class SmsService {
 public:
  explicit SmsService(db::Database& db) : db_(db) {}

  // One page, newest first. NotFound ("patient_id") when filtering by a patient the
  // caller may not see; Invalid on "status" or "kind".
  Result<Page<SmsMessage>> List(const Principal& caller, const SmsFilter& filter);

  // Prometheus text: healthpulse_sms_messages{kind,status} (empty when the database
  // cannot be asked: /metrics still answers).
  std::string MetricsText();

 private:
  db::Database& db_;
};

}  // namespace healthpulse::sms
