#include "modules/sms/inbox_service.h"

#include <nlohmann/json.hpp>

#include "modules/audit/audit_repository.h"
#include "modules/sms/inbox_repository.h"

namespace healthpulse::sms {
namespace {

bool MayRead(const Principal& caller) { return caller.role == Role::kAdmin || caller.role == Role::kSecretary; }

Result<void> CheckRead(const Principal& caller) {
  if (!MayRead(caller)) return Fail(Error::Forbidden("Secretaries and admins read the SMS inbox"));
  return {};
}

Result<void> CheckWrite(const Principal& caller) {
  if (caller.role != Role::kSecretary) return Fail(Error::Forbidden("Secretaries follow up SMS replies and phones"));
  return {};
}

void Audit(db::Tx& tx, const Principal& caller, const std::string& action, const std::string& object_type,
           std::optional<std::int64_t> object_id, std::optional<std::int64_t> patient_id,
           const nlohmann::json& details) {
  auto entry = audit::ByActor(caller, action, object_type, object_id);
  entry.patient_id = patient_id;
  entry.details_json = details.dump();
  audit::AuditRepository(tx).Append(entry);
}

nlohmann::json ListDetails(const InboxFilter& filter, std::size_t count) {
  nlohmann::json details = {{"done", filter.done}, {"count", count}};
  if (filter.clinic_id) details["clinic_id"] = *filter.clinic_id;
  return details;
}

}  // namespace

Result<Page<InboxMessage>> InboxService::ListInbox(const Principal& caller, const InboxFilter& filter) {
  if (auto ok = CheckRead(caller); !ok) return Fail(ok.error());
  return db::TransactValue<Page<InboxMessage>>(db_, [&](db::Tx& tx) -> Result<Page<InboxMessage>> {
    InboxRepository inbox(tx);
    if (filter.clinic_id && !inbox.ClinicVisible(*filter.clinic_id, caller.role, caller.user_id)) {
      return Fail(Error::NotFound("No such clinic", "clinic_id"));
    }
    auto page = MakePage(inbox.ListInbox(filter, caller.role, caller.user_id), filter.page.limit,
                         [](const InboxMessage& m) { return m.id; });
    Audit(tx, caller, "sms_inbox.listed", "sms_inbox", std::nullopt, std::nullopt,
          ListDetails(filter, page.items.size()));
    return page;
  });
}

Result<InboxMessage> InboxService::Handle(const Principal& caller, std::int64_t id) {
  if (auto ok = CheckWrite(caller); !ok) return Fail(ok.error());
  return db::TransactValue<InboxMessage>(db_, [&](db::Tx& tx) -> Result<InboxMessage> {
    InboxRepository inbox(tx);
    if (!inbox.LockInbox(id, caller.role, caller.user_id)) return Fail(Error::NotFound("No such message"));
    inbox.MarkHandled(id, caller.user_id);
    auto message = inbox.FindInbox(id, caller.role, caller.user_id);
    Audit(tx, caller, "sms_inbox.handled", "sms_inbox", id, message.patient_id,
          message.clinic_id ? nlohmann::json{{"clinic_id", *message.clinic_id}} : nlohmann::json::object());
    return message;
  });
}

Result<Page<PhoneProblem>> InboxService::ListProblems(const Principal& caller, const InboxFilter& filter) {
  if (auto ok = CheckRead(caller); !ok) return Fail(ok.error());
  return db::TransactValue<Page<PhoneProblem>>(db_, [&](db::Tx& tx) -> Result<Page<PhoneProblem>> {
    InboxRepository inbox(tx);
    if (filter.clinic_id && !inbox.ClinicVisible(*filter.clinic_id, caller.role, caller.user_id)) {
      return Fail(Error::NotFound("No such clinic", "clinic_id"));
    }
    auto page = MakePage(inbox.ListProblems(filter, caller.role, caller.user_id), filter.page.limit,
                         [](const PhoneProblem& p) { return p.id; });
    Audit(tx, caller, "sms_phone_problems.listed", "sms_phone_problem", std::nullopt, std::nullopt,
          ListDetails(filter, page.items.size()));
    return page;
  });
}

Result<PhoneProblem> InboxService::Resolve(const Principal& caller, std::int64_t id) {
  if (auto ok = CheckWrite(caller); !ok) return Fail(ok.error());
  return db::TransactValue<PhoneProblem>(db_, [&](db::Tx& tx) -> Result<PhoneProblem> {
    InboxRepository inbox(tx);
    auto patient_id = inbox.LockProblem(id, caller.role, caller.user_id);
    if (!patient_id) return Fail(Error::NotFound("No such phone problem"));
    inbox.Resolve(id, caller.user_id);
    Audit(tx, caller, "sms_phone_problem.resolved", "sms_phone_problem", id, patient_id, nlohmann::json::object());
    return inbox.FindProblem(id);
  });
}

}  // namespace healthpulse::sms
