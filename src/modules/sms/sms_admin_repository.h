#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "db/database.h"
#include "modules/sms/sms_admin.h"

namespace healthpulse::sms {

// What the viewer of a summary is: their clinics, and whether the clinic asked for exists.
struct SummaryViewer {
  std::vector<std::int64_t> clinic_ids;
  bool clinic_found = false;
  std::string as_of;
};

// sms_templates and the counts of sms_messages, within one transaction. No rule of who
// may do what lives here (SmsAdminService has them).
class SmsAdminRepository {
 public:
  explicit SmsAdminRepository(db::Tx& tx) : tx_(tx) {}

  std::vector<SmsTemplate> ListTemplates();
  // The template after the change, or nullopt when there is no template of that kind.
  std::optional<SmsTemplate> UpdateTemplate(const std::string& kind, const std::string& body, std::int64_t user_id);

  SummaryViewer LoadViewer(std::int64_t user_id, std::optional<std::int64_t> clinic_id);
  // Non-zero counts by kind and status of the messages due in the period, in scope.
  std::vector<MessageCount> CountMessages(const SummaryScope& scope, const std::string& from, const std::string& to);
  // The period's started, not cancelled turnos in scope, with and without a delivered
  // reminder: first with, second without.
  std::pair<NoShowCount, NoShowCount> CountNoShows(const SummaryScope& scope, const std::string& from,
                                                   const std::string& to);

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::sms
