#pragma once

#include <functional>
#include <random>
#include <mutex>

#include "core/clock.h"
#include "db/database.h"
#include "modules/sms/send_policy.h"
#include "modules/sms/sms_provider.h"

namespace healthpulse::sms {

struct SenderOptions {
  QuietHours quiet_hours;
  int max_attempts = 6;
  std::chrono::milliseconds retry_base{std::chrono::seconds(30)};  // Backoff's first wait
  // A message `sending` for longer than this was left by a worker that died or hung: it
  // goes back to pending with a lookup first. Longer than a request's total timeout.
  std::chrono::milliseconds stale_after{std::chrono::seconds(60)};
  // At most this many messages per pass (then the loop's next pass goes on).
  int batch_size = 200;
};

// What one pass did.
struct SenderReport {
  int attempted = 0;
  int sent = 0;
  int retried = 0;
  int failed = 0;
  int skipped = 0;
  int expired = 0;
  int deferred = 0;
  int recovered = 0;
};

// The outbox's sender (DESIGN.md §7). Each message: claimed with FOR UPDATE SKIP
// LOCKED, checked (quiet hours in the clinic's zone → wait for the morning; a due alert
// more than kExpireAfter old, or a reminder whose turno has started or is no longer
// live → expired; no consent now → skipped), marked sending (claimed_at, attempts + 1)
// and committed before the provider is called, so a crash leaves it `sending`, never
// silently lost or resent: RecoverStale sends such rows back with a lookup first, and a
// message whose attempt may have reached Twilio (a timeout) asks Twilio's list before
// it is sent again. The outcome follows DecideAfterAttempt; a permanent code lists the
// phone and 21610 opts the patient out (audited). Every attempt and change is an event.
// Thread-safe; several senders (threads, processes, machines) may run at once.
class SmsSender {
 public:
  SmsSender(db::Database& db, SmsProvider& provider, const Clock& clock, SenderOptions options,
            std::function<double()> jitter = {});

  // Recovers stale rows, then sends due messages until none is due, the batch is done
  // or `stopping` says so (checked between messages: one being sent finishes).
  SenderReport RunPass(const std::function<bool()>& stopping = [] { return false; });

 private:
  enum class Step { kNone, kDone };
  Step SendOne(SenderReport& report);
  double Jitter();

  db::Database& db_;
  SmsProvider& provider_;
  const Clock& clock_;
  const SenderOptions options_;
  std::function<double()> jitter_;
  std::mutex random_mutex_;  // guards random_
  std::mt19937_64 random_;
};

}  // namespace healthpulse::sms
