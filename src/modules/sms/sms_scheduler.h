#pragma once

#include "core/clock.h"
#include "db/database.h"

namespace healthpulse::sms {

struct SchedulerOptions {
  int reminder_hours_before = 24;
  int follow_up_grace_days = 14;
  int batch_size = 500;
};

// What one pass wrote.
struct SchedulerReport {
  int plans_seen = 0;
  int follow_up_alerts = 0;  // outbox rows written
  int visits_booked = 0;     // plans moved on without a message
  int without_consent = 0;   // plans moved on: no consent or no phone
  int reminders = 0;
};

// The scheduler pass (DESIGN.md §7): due follow-up plans become alerts in the outbox
// and move to their next due date, in the same transaction, batch by batch (plans
// locked with SKIP LOCKED, so concurrent passes split the work); upcoming turnos get
// their reminder. Idempotent: the outbox's unique keys make a repeated or concurrent
// pass write nothing twice. Bodies come from sms_templates through RenderTemplate,
// with first name, clinic, clinic phone, date, time and doctor only (never clinical
// detail). Thread-safe (stateless over the pool).
class SmsScheduler {
 public:
  SmsScheduler(db::Database& db, const Clock& clock, SchedulerOptions options)
      : db_(db), clock_(clock), options_(options) {}

  // Runs batches until nothing is due or `stopping` says so. Database errors end the
  // pass early (logged); the next pass picks up where it stopped.
  SchedulerReport RunPass(const std::function<bool()>& stopping = [] { return false; });

 private:
  db::Database& db_;
  const Clock& clock_;
  const SchedulerOptions options_;
};

}  // namespace healthpulse::sms
