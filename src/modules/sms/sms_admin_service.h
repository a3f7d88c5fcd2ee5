#pragma once

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/sms/sms_admin.h"

namespace healthpulse::sms {

// The SMS settings and figures of "Mensajes SMS" (DESIGN.md §5, §7): admins read and
// change the templates; admins and secretaries (their clinics) read the delivery figures.
// Thread-safe (stateless over the pool).
class SmsAdminService {
 public:
  explicit SmsAdminService(db::Database& db) : db_(db) {}

  // Every template; Forbidden for everyone but admins.
  Result<std::vector<SmsTemplate>> ListTemplates(const Principal& caller);

  // Replaces the body of the template of `kind`. Forbidden for everyone but admins;
  // Invalid on "body" (TemplateBodyProblem); NotFound for an unknown kind. Audited as
  // sms_template.updated with the kind and the new length, never the text.
  Result<SmsTemplate> UpdateTemplate(const Principal& caller, const std::string& kind, const std::string& body);

  // Messages due in the period by kind and status, and the no-shows of the period's turnos
  // with and without a delivered reminder, in ResolveSummaryScope's scope;
  // NotFound naming clinic_id for a clinic that does not exist or is not the caller's.
  Result<DeliverySummary> Summary(const Principal& caller, const SummaryRequest& request);

 private:
  db::Database& db_;
};

}  // namespace healthpulse::sms
