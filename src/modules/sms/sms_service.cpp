#include "modules/sms/sms_service.h"

#include <array>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "modules/audit/audit_repository.h"
#include "modules/followup/followup_repository.h"

namespace healthpulse::sms {

bool IsSmsStatus(const std::string& status) {
  static constexpr std::array<std::string_view, 9> kStatuses{"pending", "sending", "sent", "delivered", "undelivered",
                                                             "failed", "expired", "skipped", "simulated"};
  for (auto s : kStatuses) {
    if (s == status) return true;
  }
  return false;
}

bool IsSmsKind(const std::string& kind) {
  return kind == "follow_up" || kind == "appointment_reminder" || kind == "reply";
}

Result<Page<SmsMessage>> SmsService::List(const Principal& caller, const SmsFilter& filter) {
  if (filter.status && !IsSmsStatus(*filter.status)) return Fail(Error::Invalid("status", "is not a message status"));
  if (filter.kind && !IsSmsKind(*filter.kind)) {
    return Fail(Error::Invalid("kind", "must be follow_up, appointment_reminder or reply"));
  }
  return db::TransactValue<Page<SmsMessage>>(db_, [&](db::Tx& tx) -> Result<Page<SmsMessage>> {
    if (filter.patient_id &&
        !followup::FollowUpRepository(tx).PatientVisible(*filter.patient_id, caller.role, caller.user_id).value_or(false)) {
      return Fail(Error::NotFound("No such patient", "patient_id"));
    }
    auto page = MakePage(OutboxRepository(tx).List(filter, caller.role, caller.user_id), filter.page.limit,
                         [](const SmsMessage& m) { return m.id; });
    auto entry = audit::ByActor(caller, "sms_messages.read", filter.patient_id ? "patient" : "sms_messages",
                                filter.patient_id);
    entry.patient_id = filter.patient_id;
    nlohmann::json details = {{"count", page.items.size()}};
    if (filter.status) details["status"] = *filter.status;
    if (filter.kind) details["kind"] = *filter.kind;
    if (filter.clinic_id) details["clinic_id"] = *filter.clinic_id;
    entry.details_json = details.dump();
    audit::AuditRepository(tx).Append(entry);
    return page;
  });
}

std::string SmsService::MetricsText() {
  std::vector<SmsCount> counts;
  try {
    auto read = db_.Transact([&](db::Tx& tx) -> Result<void> {
      counts = OutboxRepository(tx).CountByStatus();
      return {};
    });
    if (!read) return {};
  } catch (const std::exception&) {
    return {};
  }
  std::string text =
      "# HELP healthpulse_sms_messages SMS outbox messages by kind and status.\n"
      "# TYPE healthpulse_sms_messages gauge\n";
  for (const auto& c : counts) {
    text += fmt::format("healthpulse_sms_messages{{kind=\"{}\",status=\"{}\"}} {}\n", c.kind, c.status, c.messages);
  }
  return text;
}

}  // namespace healthpulse::sms
