#include "modules/sms/webhook_service.h"

#include <nlohmann/json.hpp>

#include "modules/audit/audit_repository.h"
#include "modules/sms/reply_keyword.h"
#include "modules/sms/sms_template.h"
#include "modules/sms/status_order.h"
#include "modules/sms/twilio_errors.h"
#include "modules/sms/webhook_repository.h"

namespace healthpulse::sms {
namespace {

using appointments::Status;

// What changes on no user's behalf is audited under this name.
const Principal kSmsActor = SystemPrincipal("sms");

void AuditConsent(db::Tx& tx, std::int64_t patient_id, bool consent, const std::string& source) {
  auto entry = audit::ByActor(kSmsActor, "patient.sms_consent_changed", "patient", patient_id);
  entry.patient_id = patient_id;
  entry.details_json = nlohmann::json{{"sms_consent", consent}, {"source", source}}.dump();
  audit::AuditRepository(tx).Append(entry);
}

// What the answer to one inbound message is about.
struct ReplyPlan {
  std::string template_kind;
  std::optional<std::int64_t> patient_id;
  std::optional<std::int64_t> clinic_id;
  std::optional<std::int64_t> appointment_id;
  std::string first_name;
};

struct InboundOutcome {
  std::string reply;
  std::optional<appointments::Appointment> changed;  // to announce once committed
};

// The patient and clinic a number belongs to: the last message to it, else the one
// patient who gave it.
void FillContext(WebhookRepository& repository, const std::string& phone, ReplyPlan& plan) {
  auto owners = repository.OwnersOf(phone);
  auto last = repository.LastMessageTo(phone);
  if (last) {
    plan.clinic_id = plan.clinic_id ? plan.clinic_id : last->clinic_id;
    for (const auto& owner : owners) {
      if (last->patient_id && owner.patient_id == *last->patient_id) {
        plan.patient_id = owner.patient_id;
        plan.first_name = owner.first_name;
      }
    }
  }
  if (!plan.patient_id && owners.size() == 1) {
    plan.patient_id = owners[0].patient_id;
    plan.first_name = owners[0].first_name;
  }
  if (!plan.clinic_id && plan.patient_id) {
    for (const auto& owner : owners) {
      if (owner.patient_id == *plan.patient_id) plan.clinic_id = owner.clinic_id;
    }
  }
}

// Renders and stores the answer.
std::string Answer(WebhookRepository& repository, const InboundMessage& message, const ReplyPlan& plan) {
  TemplateValues values;
  values.first_name = plan.first_name;
  if (plan.appointment_id) {
    if (auto facts = repository.ReplyFacts(*plan.appointment_id)) {
      values = {facts->first_name, facts->clinic, facts->clinic_phone, facts->date, facts->time, facts->doctor};
    }
  }
  if (values.clinic.empty() && plan.clinic_id) {
    if (auto clinic = repository.Clinic(*plan.clinic_id)) {
      values.clinic = clinic->first;
      values.clinic_phone = clinic->second;
    }
  }
  if (values.clinic.empty()) values.clinic = "HealthPulse";
  auto body = RenderTemplate(repository.Template(plan.template_kind), values);
  auto id = repository.AddReply(plan.patient_id, plan.clinic_id, plan.appointment_id, message.from, body);
  repository.SetReply(message.message_sid, id);
  return body;
}

// SI or NO: the turno of the last reminder to the number, moved by "SMS".
Result<std::optional<appointments::Appointment>> ActOnReminder(db::Tx& tx, WebhookRepository& repository,
                                                               appointments::AppointmentService& appointments,
                                                               const InboundMessage& message, bool confirm,
                                                               ReplyPlan& plan) {
  plan.template_kind = "reply_no_appointment";
  auto reminder = repository.LastReminderTo(message.from);
  if (!reminder || !reminder->appointment_id) return std::optional<appointments::Appointment>();
  plan.clinic_id = reminder->clinic_id;
  plan.patient_id = reminder->patient_id;
  const Status to = confirm ? Status::kConfirmed : Status::kCancelled;
  auto moved = appointments.ChangeStatusBySystem(tx, *reminder->appointment_id, to,
                                                 confirm ? std::nullopt : std::optional<std::string>("cancelado por SMS"),
                                                 "sms");
  if (moved) {
    plan.template_kind = confirm ? "reply_confirmed" : "reply_cancelled";
    plan.appointment_id = reminder->appointment_id;
    return std::optional<appointments::Appointment>(std::move(*moved));
  }
  if (moved.error().kind != Error::Kind::kConflict) return Fail(moved.error());
  // A second SI to a turno already confirmed (and still ahead) says so again.
  auto facts = repository.ReplyFacts(*reminder->appointment_id);
  if (confirm && facts && facts->status == "confirmed" && !facts->started) {
    plan.template_kind = "reply_confirmed";
    plan.appointment_id = reminder->appointment_id;
  }
  return std::optional<appointments::Appointment>();
}

}  // namespace

Result<void> WebhookService::RecordStatus(const StatusCallback& callback) {
  return db_.Transact([&](db::Tx& tx) -> Result<void> {
    WebhookRepository repository(tx);
    auto message = repository.LockByProviderSid(callback.message_sid);
    if (!message) return {};
    std::string key = callback.message_sid + ":" + callback.message_status + ":" +
                      (callback.error_code ? std::to_string(*callback.error_code) : "");
    if (!repository.ClaimReceipt("status", key)) return {};
    const bool permanent = callback.error_code && IsPermanentTwilioError(*callback.error_code);
    auto target = permanent ? std::optional<std::string>("failed") : StatusFromTwilio(callback.message_status);
    repository.AddEvent(message->id, target.value_or(message->status), callback.error_code,
                        "status callback: " + callback.message_status);
    if (target && StatusMovesForward(message->status, *target)) {
      repository.SetStatus(message->id, *target, callback.error_code);
    }
    if (permanent && message->patient_id) {
      repository.AddPhoneProblem(*message->patient_id, message->to, *callback.error_code, message->id);
      if (TwilioErrorOptsOut(*callback.error_code) && repository.SetConsent(*message->patient_id, false)) {
        AuditConsent(tx, *message->patient_id, false, "twilio_21610");
      }
    }
    return {};
  });
}

Result<std::string> WebhookService::HandleInbound(const InboundMessage& message) {
  auto outcome = db::TransactValue<InboundOutcome>(db_, [&](db::Tx& tx) -> Result<InboundOutcome> {
    WebhookRepository repository(tx);
    if (!repository.ClaimReceipt("inbound", message.message_sid)) {
      return InboundOutcome{repository.ReplyOf(message.message_sid).value_or(""), std::nullopt};
    }
    ReplyPlan plan;
    InboundOutcome result;
    switch (ParseReplyKeyword(message.body)) {
      case ReplyKeyword::kOptOut:
      case ReplyKeyword::kOptIn: {
        const bool consent = ParseReplyKeyword(message.body) == ReplyKeyword::kOptIn;
        for (auto id : repository.SetConsentByPhone(message.from, consent)) AuditConsent(tx, id, consent, "sms_reply");
        plan.template_kind = consent ? "reply_opted_in" : "reply_opted_out";
        FillContext(repository, message.from, plan);
        break;
      }
      case ReplyKeyword::kConfirm:
      case ReplyKeyword::kCancel: {
        auto changed = ActOnReminder(tx, repository, appointments_, message,
                                     ParseReplyKeyword(message.body) == ReplyKeyword::kConfirm, plan);
        if (!changed) return Fail(changed.error());
        result.changed = std::move(*changed);
        FillContext(repository, message.from, plan);
        break;
      }
      case ReplyKeyword::kNone:
        plan.template_kind = "reply_help";
        FillContext(repository, message.from, plan);
        repository.AddToInbox(plan.clinic_id, plan.patient_id, message.from, message.body, message.message_sid);
        break;
    }
    result.reply = Answer(repository, message, plan);
    return result;
  });
  if (!outcome) return Fail(outcome.error());
  if (outcome->changed) appointments_.Publish({"status", *outcome->changed});
  return outcome->reply;
}

}  // namespace healthpulse::sms
