#include "config/config.h"

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace healthpulse {
namespace {

const char* Env(const char* name) {
  const char* value = std::getenv(name);
  return (value != nullptr && *value != '\0') ? value : nullptr;
}

long long EnvInteger(const char* name, long long fallback, long long min, long long max) {
  const char* value = Env(name);
  if (value == nullptr) return fallback;
  try {
    std::size_t used = 0;
    long long parsed = std::stoll(value, &used);
    if (used == std::string(value).size() && parsed >= min && parsed <= max) return parsed;
  } catch (const std::exception&) {
  }
  throw std::invalid_argument(std::string(name) + " must be a whole number from " + std::to_string(min) +
                              " to " + std::to_string(max));
}

}  // namespace

Config Config::FromEnvironment() {
  Config c;
  if (const char* v = Env("HEALTHPULSE_DATABASE_URL")) c.database_url = v;
  if (const char* v = Env("HEALTHPULSE_LISTEN_ADDRESS")) c.listen_address = v;
  if (const char* v = Env("HEALTHPULSE_WEB_ROOT")) c.web_root = v;
  if (const char* v = Env("HEALTHPULSE_LOG_LEVEL")) c.log_level = v;
  if (const char* v = Env("HEALTHPULSE_METRICS_TOKEN")) c.metrics_token = v;
  c.port = static_cast<unsigned short>(EnvInteger("HEALTHPULSE_PORT", c.port, 0, 65535));
  c.io_threads = static_cast<int>(EnvInteger("HEALTHPULSE_IO_THREADS", c.io_threads, 1, 64));
  c.db_pool_size = static_cast<int>(EnvInteger("HEALTHPULSE_DB_POOL_SIZE", c.db_pool_size, 1, 256));
  c.max_body_bytes = static_cast<std::size_t>(
      EnvInteger("HEALTHPULSE_MAX_BODY_BYTES", static_cast<long long>(c.max_body_bytes), 1024, 1LL << 30));
  c.max_header_bytes = static_cast<std::size_t>(
      EnvInteger("HEALTHPULSE_MAX_HEADER_BYTES", static_cast<long long>(c.max_header_bytes), 1024, 1 << 20));
  c.read_timeout = std::chrono::seconds(EnvInteger("HEALTHPULSE_READ_TIMEOUT_SECONDS", c.read_timeout.count(), 1, 3600));
  c.session_idle = std::chrono::minutes(EnvInteger("HEALTHPULSE_SESSION_IDLE_MINUTES", c.session_idle.count(), 1, 24 * 60));
  c.session_lifetime =
      std::chrono::hours(EnvInteger("HEALTHPULSE_SESSION_LIFETIME_HOURS", c.session_lifetime.count(), 1, 24 * 30));
  c.login_max_failures = static_cast<int>(EnvInteger("HEALTHPULSE_LOGIN_MAX_FAILURES", c.login_max_failures, 1, 100));
  c.login_name_max_failures =
      static_cast<int>(EnvInteger("HEALTHPULSE_LOGIN_NAME_MAX_FAILURES", c.login_name_max_failures, 1, 10000));
  c.login_lockout = std::chrono::minutes(EnvInteger("HEALTHPULSE_LOGIN_LOCKOUT_MINUTES", c.login_lockout.count(), 1, 24 * 60));
  c.patient_cancel_window = std::chrono::minutes(
      EnvInteger("HEALTHPULSE_PATIENT_CANCEL_MINUTES", c.patient_cancel_window.count(), 0, 7 * 24 * 60));
  c.emergency_access = std::chrono::hours(
      EnvInteger("HEALTHPULSE_EMERGENCY_ACCESS_HOURS", c.emergency_access.count(), 1, 7 * 24));
  c.db_statement_timeout = std::chrono::milliseconds(
      EnvInteger("HEALTHPULSE_DB_STATEMENT_TIMEOUT_MS", c.db_statement_timeout.count(), 100, 3600 * 1000));
  c.db_pool_wait =
      std::chrono::milliseconds(EnvInteger("HEALTHPULSE_DB_POOL_WAIT_MS", c.db_pool_wait.count(), 10, 600 * 1000));
  c.db_idle_in_transaction = std::chrono::milliseconds(
      EnvInteger("HEALTHPULSE_DB_IDLE_IN_TRANSACTION_MS", c.db_idle_in_transaction.count(), 100, 3600 * 1000));
  c.max_connections = static_cast<int>(EnvInteger("HEALTHPULSE_MAX_CONNECTIONS", c.max_connections, 1, 1000000));
  c.max_streams_per_user =
      static_cast<int>(EnvInteger("HEALTHPULSE_MAX_STREAMS_PER_USER", c.max_streams_per_user, 1, 1000));
  if (const char* v = Env("HEALTHPULSE_WORKER")) {
    c.worker_mode = v;
    if (c.worker_mode != "inline" && c.worker_mode != "off") {
      throw std::invalid_argument("HEALTHPULSE_WORKER must be inline or off");
    }
  }
  c.worker_poll = std::chrono::seconds(EnvInteger("HEALTHPULSE_WORKER_POLL_SECONDS", c.worker_poll.count(), 1, 3600));
  if (const char* v = Env("HEALTHPULSE_TWILIO_ACCOUNT_SID")) c.twilio_account_sid = v;
  if (const char* v = Env("HEALTHPULSE_TWILIO_AUTH_TOKEN")) c.twilio_auth_token = v;
  if (const char* v = Env("HEALTHPULSE_TWILIO_FROM")) c.twilio_from = v;
  if (const char* v = Env("HEALTHPULSE_TWILIO_MESSAGING_SERVICE_SID")) c.twilio_messaging_service_sid = v;
  if (const char* v = Env("HEALTHPULSE_TWILIO_BASE_URL")) c.twilio_base_url = v;
  while (!c.twilio_base_url.empty() && c.twilio_base_url.back() == '/') c.twilio_base_url.pop_back();
  c.twilio_timeout =
      std::chrono::seconds(EnvInteger("HEALTHPULSE_TWILIO_TIMEOUT_SECONDS", c.twilio_timeout.count(), 1, 300));
  if (const char* v = Env("HEALTHPULSE_PUBLIC_URL")) c.public_url = v;
  while (!c.public_url.empty() && c.public_url.back() == '/') c.public_url.pop_back();
  if (const char* v = Env("HEALTHPULSE_SMS_QUIET_HOURS")) c.sms_quiet_hours = v;
  c.reminder_hours_before =
      static_cast<int>(EnvInteger("HEALTHPULSE_REMINDER_HOURS_BEFORE", c.reminder_hours_before, 1, 7 * 24));
  c.sms_max_attempts = static_cast<int>(EnvInteger("HEALTHPULSE_SMS_MAX_ATTEMPTS", c.sms_max_attempts, 1, 50));
  c.sms_retry_base =
      std::chrono::seconds(EnvInteger("HEALTHPULSE_SMS_RETRY_BASE_SECONDS", c.sms_retry_base.count(), 1, 3600));
  c.follow_up_grace_days =
      static_cast<int>(EnvInteger("HEALTHPULSE_FOLLOW_UP_GRACE_DAYS", c.follow_up_grace_days, 0, 365));
  c.report_cache =
      std::chrono::seconds(EnvInteger("HEALTHPULSE_REPORT_CACHE_SECONDS", c.report_cache.count(), 0, 60));
  return c;
}

}  // namespace healthpulse
