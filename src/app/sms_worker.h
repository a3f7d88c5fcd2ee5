#pragma once

#include <memory>

#include "app/background_loops.h"
#include "config/config.h"
#include "core/clock.h"
#include "db/database.h"
#include "modules/sms/sms_provider.h"
#include "modules/sms/sms_scheduler.h"
#include "modules/sms/sms_sender.h"
#include "outbound/curl_transport.h"

namespace healthpulse::app {

// The SMS side of the worker (DESIGN.md §7), what `serve` (HEALTHPULSE_WORKER=inline)
// and `healthpulse worker` both run: its own two database connections (never the API's
// pool), the provider (Twilio over libcurl, or log), and two loops every
// HEALTHPULSE_WORKER_POLL_SECONDS: the scheduler pass and the sender. Throws
// std::invalid_argument for a bad HEALTHPULSE_SMS_QUIET_HOURS. Non-copyable.
class SmsWorker {
 public:
  explicit SmsWorker(const Config& config);
  SmsWorker(const SmsWorker&) = delete;
  SmsWorker& operator=(const SmsWorker&) = delete;

  // Adds the scheduler and the sender loops (owned by this object, which must outlive
  // `loops`' StopAll).
  void AddLoopsTo(BackgroundLoops& loops);
  std::string_view ProviderName() const { return provider_->Name(); }

 private:
  SystemClock clock_;
  db::Database db_;
  outbound::CurlTransport transport_;
  std::unique_ptr<sms::SmsProvider> provider_;
  sms::SmsScheduler scheduler_;
  sms::SmsSender sender_;
  PeriodicLoop scheduler_loop_;
  PeriodicLoop sender_loop_;
};

}  // namespace healthpulse::app
