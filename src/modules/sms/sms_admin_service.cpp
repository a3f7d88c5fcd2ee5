#include "modules/sms/sms_admin_service.h"

#include <nlohmann/json.hpp>

#include "core/permissions.h"
#include "core/text.h"
#include "modules/audit/audit_repository.h"
#include "modules/sms/sms_admin_repository.h"

namespace healthpulse::sms {

Result<std::vector<SmsTemplate>> SmsAdminService::ListTemplates(const Principal& caller) {
  if (!Allows(caller.role, Capability::kManageSmsTemplates)) return Fail(Error::Forbidden());
  return db::TransactValue<std::vector<SmsTemplate>>(
      db_, [&](db::Tx& tx) -> Result<std::vector<SmsTemplate>> { return SmsAdminRepository(tx).ListTemplates(); });
}

Result<SmsTemplate> SmsAdminService::UpdateTemplate(const Principal& caller, const std::string& kind,
                                                    const std::string& body) {
  if (!Allows(caller.role, Capability::kManageSmsTemplates)) return Fail(Error::Forbidden());
  if (auto problem = TemplateBodyProblem(body)) return Fail(Error::Invalid("body", *problem));
  return db::TransactValue<SmsTemplate>(db_, [&](db::Tx& tx) -> Result<SmsTemplate> {
    auto updated = SmsAdminRepository(tx).UpdateTemplate(kind, body, caller.user_id);
    if (!updated) return Fail(Error::NotFound("No such SMS template"));
    auto entry = audit::ByActor(caller, "sms_template.updated", "sms_template");
    entry.details_json = nlohmann::json{{"kind", kind}, {"characters", CharacterCount(body)}}.dump();
    audit::AuditRepository(tx).Append(entry);
    return *updated;
  });
}

Result<DeliverySummary> SmsAdminService::Summary(const Principal& caller, const SummaryRequest& request) {
  if (!Allows(caller.role, Capability::kReadSmsFigures)) return Fail(Error::Forbidden());
  return db::TransactValue<DeliverySummary>(db_, [&](db::Tx& tx) -> Result<DeliverySummary> {
    SmsAdminRepository repository(tx);
    auto viewer = repository.LoadViewer(caller.user_id, request.clinic_id);
    if (request.clinic_id && !viewer.clinic_found) return Fail(Error::NotFound("No such clinic", "clinic_id"));
    auto scope = ResolveSummaryScope(caller.role, viewer.clinic_ids, request.clinic_id);
    if (!scope) return Fail(scope.error());
    auto [with_reminder, without_reminder] = repository.CountNoShows(*scope, request.from, request.to);
    return DeliverySummary{viewer.as_of, repository.CountMessages(*scope, request.from, request.to), with_reminder,
                           without_reminder};
  });
}

}  // namespace healthpulse::sms
