#include "app/sms_worker.h"

#include <stdexcept>

#include <spdlog/spdlog.h>

namespace healthpulse::app {
namespace {

sms::QuietHours QuietHoursOf(const Config& config) {
  auto quiet = sms::ParseQuietHours(config.sms_quiet_hours);
  if (!quiet) throw std::invalid_argument("HEALTHPULSE_SMS_QUIET_HOURS must be HH:MM-HH:MM or off");
  return *quiet;
}

sms::SenderOptions SenderOptionsOf(const Config& config) {
  sms::SenderOptions o;
  o.quiet_hours = QuietHoursOf(config);
  o.max_attempts = config.sms_max_attempts;
  o.retry_base = config.sms_retry_base;
  // Past any request's total timeout (twice, plus slack), a `sending` row has no live
  // worker behind it.
  o.stale_after = std::chrono::duration_cast<std::chrono::milliseconds>(2 * config.twilio_timeout) +
                  std::chrono::seconds(5);
  return o;
}

}  // namespace

SmsWorker::SmsWorker(const Config& config)
    : db_(config.database_url, 2, {config.db_statement_timeout, config.db_pool_wait, config.db_idle_in_transaction}),
      transport_(std::min<std::chrono::milliseconds>(std::chrono::seconds(5), config.twilio_timeout),
                 config.twilio_timeout),
      provider_(sms::MakeProvider(config, transport_)),
      scheduler_(db_, clock_, {config.reminder_hours_before, config.follow_up_grace_days, 500}),
      sender_(db_, *provider_, clock_, SenderOptionsOf(config)),
      scheduler_loop_("sms scheduler", config.worker_poll,
                      [this](const std::function<bool()>& stopping) {
                        auto r = scheduler_.RunPass(stopping);
                        if (r.plans_seen + r.reminders > 0) {
                          spdlog::info("sms scheduler: {} due plans ({} alerts, {} with a visit booked, {} without "
                                       "consent), {} reminders",
                                       r.plans_seen, r.follow_up_alerts, r.visits_booked, r.without_consent,
                                       r.reminders);
                        }
                      }),
      sender_loop_("sms sender", config.worker_poll, [this](const std::function<bool()>& stopping) {
        // Until nothing is due: a full batch goes on at once rather than after a poll.
        while (!stopping()) {
          auto r = sender_.RunPass(stopping);
          int touched = r.attempted + r.skipped + r.expired + r.deferred;
          if (touched > 0) {
            spdlog::info("sms sender: {} sent, {} retrying, {} failed, {} skipped, {} expired, {} waiting for "
                         "quiet hours to end",
                         r.sent, r.retried, r.failed, r.skipped, r.expired, r.deferred);
          }
          if (touched == 0) break;
        }
      }) {}

void SmsWorker::AddLoopsTo(BackgroundLoops& loops) {
  loops.Add(scheduler_loop_);
  loops.Add(sender_loop_);
}

}  // namespace healthpulse::app
