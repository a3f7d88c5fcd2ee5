#include "modules/sms/sms_sender.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "core/principal.h"
#include "modules/audit/audit_repository.h"
#include "modules/sms/outbox_repository.h"

namespace healthpulse::sms {
namespace {

// What the worker decided about a claimed row before any provider call.
enum class Gate { kSend, kDefer, kExpire, kSkip };

Gate CheckClaim(const ClaimedSms& m, Instant now, const QuietHours& quiet, std::optional<Instant>& until) {
  bool outbound_alert = m.kind == "follow_up" || m.kind == "appointment_reminder";
  if (outbound_alert && !m.consent) return Gate::kSkip;
  if (m.kind == "appointment_reminder") {
    if (!m.appointment_live) return Gate::kSkip;
    if (m.appointment_starts_at && *m.appointment_starts_at <= now) return Gate::kExpire;
  }
  until = QuietUntil(quiet, now, m.time_zone);
  if (until) {
    if (outbound_alert && *until - m.due_at > kExpireAfter) return Gate::kExpire;
    return Gate::kDefer;
  }
  if (outbound_alert && now - m.due_at > kExpireAfter) return Gate::kExpire;
  return Gate::kSend;
}

}  // namespace

SmsSender::SmsSender(db::Database& db, SmsProvider& provider, const Clock& clock, SenderOptions options,
                     std::function<double()> jitter)
    : db_(db), provider_(provider), clock_(clock), options_(options), jitter_(std::move(jitter)),
      random_(std::random_device{}()) {}

double SmsSender::Jitter() {
  if (jitter_) return jitter_();
  std::lock_guard lock(random_mutex_);
  return std::uniform_real_distribution<double>(0.0, 1.0)(random_);
}

SenderReport SmsSender::RunPass(const std::function<bool()>& stopping) {
  SenderReport report;
  auto now = clock_.Now();
  auto recovered = db::TransactValue<std::vector<std::int64_t>>(db_, [&](db::Tx& tx) -> Result<std::vector<std::int64_t>> {
    return OutboxRepository(tx).RecoverStale(now, now - options_.stale_after);
  });
  if (recovered) {
    report.recovered = static_cast<int>(recovered->size());
    if (!recovered->empty()) spdlog::warn("sms sender: {} message(s) left sending by a stopped worker", recovered->size());
  }
  for (int i = 0; i < options_.batch_size && !stopping(); ++i) {
    if (SendOne(report) == Step::kNone) break;
  }
  return report;
}

SmsSender::Step SmsSender::SendOne(SenderReport& report) {
  auto now = clock_.Now();
  // 1. Claim, check, and either settle the row at once or mark it sending; commit.
  std::optional<ClaimedSms> claimed;
  bool proceed = false;
  auto claim = db_.Transact([&](db::Tx& tx) -> Result<void> {
    claimed.reset();
    proceed = false;
    OutboxRepository outbox(tx);
    auto m = outbox.ClaimNext(now);
    if (!m) return {};
    claimed = m;
    std::optional<Instant> until;
    switch (CheckClaim(*m, now, options_.quiet_hours, until)) {
      case Gate::kSkip:
        outbox.Finish(m->id, "skipped", std::nullopt, std::nullopt, now);
        outbox.AddEvent(m->id, {"skipped", std::nullopt, std::nullopt,
                                m->consent ? "the turno is no longer live" : "no SMS consent at send time"});
        ++report.skipped;
        return {};
      case Gate::kExpire:
        outbox.Finish(m->id, "expired", std::nullopt, std::nullopt, now);
        outbox.AddEvent(m->id, {"expired", std::nullopt, std::nullopt, "too late to be useful when it could be sent"});
        ++report.expired;
        return {};
      case Gate::kDefer:
        outbox.Defer(m->id, *until);
        outbox.AddEvent(m->id, {"pending", std::nullopt, std::nullopt, "quiet hours: waits until " + SqlInstant(*until)});
        ++report.deferred;
        return {};
      case Gate::kSend:
        break;
    }
    auto attempt = outbox.MarkSending(m->id, now);
    if (!attempt) return {};
    claimed->attempts = *attempt;
    outbox.AddEvent(m->id, {"sending", std::nullopt, std::nullopt,
                            "attempt " + std::to_string(*attempt) + " via " + std::string(provider_.Name())});
    proceed = true;
    return {};
  });
  if (!claim) {
    spdlog::warn("sms sender: claim failed ({})", claim.error().message);
    return Step::kNone;
  }
  if (!claimed) return Step::kNone;
  if (!proceed) return Step::kDone;
  const auto& m = *claimed;
  OutgoingSms sms{m.id, m.to, m.body};

  // 2. A previous attempt may have gone out unheard: ask before sending again.
  if (m.needs_lookup) {
    auto found = provider_.FindSent(sms, m.claimed_at);
    auto done = db_.Transact([&](db::Tx& tx) -> Result<void> {
      OutboxRepository outbox(tx);
      if (!found.known) {
        auto at = clock_.Now() + Backoff(m.attempts, Jitter(), options_.retry_base);
        outbox.Retry(m.id, at, std::nullopt, true);
        outbox.AddEvent(m.id, {"pending", std::nullopt, std::nullopt, found.detail});
        ++report.retried;
      } else if (found.sid) {
        outbox.Finish(m.id, "sent", found.sid, std::nullopt, clock_.Now());
        outbox.AddEvent(m.id, {"sent", std::nullopt, std::nullopt, found.detail});
        ++report.sent;
      }
      return {};
    });
    if (!done) spdlog::warn("sms sender: message {} lookup not recorded ({})", m.id, done.error().message);
    if (!found.known || found.sid) return Step::kDone;
  }

  // 3. Send, then record what came of it.
  ++report.attempted;
  auto result = provider_.Send(sms);
  auto outcome = DecideAfterAttempt(result.answer, m.attempts, options_.max_attempts, Jitter(), options_.retry_base);
  auto done = db_.Transact([&](db::Tx& tx) -> Result<void> {
    OutboxRepository outbox(tx);
    auto at = clock_.Now();
    std::optional<int> http = result.answer.transport_error ? std::nullopt : std::optional<int>(result.answer.http_status);
    switch (outcome.kind) {
      case AttemptOutcome::Kind::kSent: {
        auto status = result.simulated ? "simulated" : "sent";
        outbox.Finish(m.id, status, result.sid, std::nullopt, at);
        outbox.AddEvent(m.id, {status, http, std::nullopt, result.detail});
        ++report.sent;
        break;
      }
      case AttemptOutcome::Kind::kRetry: {
        // After a timeout the request may have reached Twilio: look before resending.
        outbox.Retry(m.id, at + *outcome.retry_after, result.answer.error_code, result.answer.transport_error);
        outbox.AddEvent(m.id, {"pending", http, result.answer.error_code,
                               result.detail + "; retry in " + std::to_string(outcome.retry_after->count() / 1000) + " s"});
        ++report.retried;
        break;
      }
      case AttemptOutcome::Kind::kFailed: {
        outbox.Finish(m.id, "failed", std::nullopt, result.answer.error_code, at);
        outbox.AddEvent(m.id, {"failed", http, result.answer.error_code, result.detail});
        ++report.failed;
        if (outcome.phone_problem && m.patient_id) {
          outbox.AddPhoneProblem(*m.patient_id, m.to, *result.answer.error_code, m.id);
        }
        if (outcome.opt_out && m.patient_id && outbox.OptOut(*m.patient_id)) {
          auto entry = audit::ByActor(SystemPrincipal("sms-worker"), "patient.sms_opted_out", "patient", *m.patient_id);
          entry.patient_id = *m.patient_id;
          entry.details_json =
              nlohmann::json{{"reason", "twilio_error"}, {"error_code", *result.answer.error_code}, {"message_id", m.id}}
                  .dump();
          audit::AuditRepository(tx).Append(entry);
        }
        break;
      }
    }
    return {};
  });
  if (!done) {
    // The row stays `sending`; RecoverStale returns it with a lookup, so it is not doubled.
    spdlog::warn("sms sender: message {} outcome not recorded ({})", m.id, done.error().message);
  }
  return Step::kDone;
}

}  // namespace healthpulse::sms
