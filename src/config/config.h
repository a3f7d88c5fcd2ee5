#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace healthpulse {

// Settings read once at start-up from HEALTHPULSE_* environment variables (README lists
// them). Immutable afterwards, so shared freely between threads.
struct Config {
  std::string database_url;            // HEALTHPULSE_DATABASE_URL (libpq URI or key=value)
  std::string listen_address = "0.0.0.0";  // HEALTHPULSE_LISTEN_ADDRESS
  unsigned short port = 8080;          // HEALTHPULSE_PORT
  std::string web_root = "web/dist";   // HEALTHPULSE_WEB_ROOT: the built web app
  int io_threads = 1;                  // HEALTHPULSE_IO_THREADS
  int db_pool_size = 8;                // HEALTHPULSE_DB_POOL_SIZE (also the worker threads)
  std::size_t max_body_bytes = 1 << 20;  // HEALTHPULSE_MAX_BODY_BYTES (413 beyond)
  std::size_t max_header_bytes = 16 << 10;  // HEALTHPULSE_MAX_HEADER_BYTES (431 beyond)
  std::chrono::seconds read_timeout{30};    // HEALTHPULSE_READ_TIMEOUT_SECONDS
  std::chrono::minutes session_idle{30};    // HEALTHPULSE_SESSION_IDLE_MINUTES
  std::chrono::hours session_lifetime{12};  // HEALTHPULSE_SESSION_LIFETIME_HOURS
  int login_max_failures = 5;               // HEALTHPULSE_LOGIN_MAX_FAILURES (per username and address)
  int login_name_max_failures = 50;         // HEALTHPULSE_LOGIN_NAME_MAX_FAILURES (per username, all addresses)
  std::chrono::minutes login_lockout{15};   // HEALTHPULSE_LOGIN_LOCKOUT_MINUTES
  std::chrono::minutes patient_cancel_window{120};  // HEALTHPULSE_PATIENT_CANCEL_MINUTES
  std::chrono::hours emergency_access{24};  // HEALTHPULSE_EMERGENCY_ACCESS_HOURS: a record opened by emergency access
  std::string log_level = "info";           // HEALTHPULSE_LOG_LEVEL
  std::chrono::milliseconds db_statement_timeout{15000};  // HEALTHPULSE_DB_STATEMENT_TIMEOUT_MS
  std::chrono::milliseconds db_pool_wait{3000};           // HEALTHPULSE_DB_POOL_WAIT_MS: 503 beyond
  std::chrono::milliseconds db_idle_in_transaction{30000};  // HEALTHPULSE_DB_IDLE_IN_TRANSACTION_MS
  int max_connections = 1000;        // HEALTHPULSE_MAX_CONNECTIONS: open sockets; 503 beyond
  int max_streams_per_user = 5;      // HEALTHPULSE_MAX_STREAMS_PER_USER: live event streams; 429 beyond
  std::string metrics_token;         // HEALTHPULSE_METRICS_TOKEN: bearer token for /metrics (404 unset)

  // Background work and SMS sending (DESIGN.md §7).
  std::string worker_mode = "inline";         // HEALTHPULSE_WORKER: inline (serve runs the SMS loops) or off
  std::chrono::seconds worker_poll{5};        // HEALTHPULSE_WORKER_POLL_SECONDS
  std::string twilio_account_sid;             // HEALTHPULSE_TWILIO_ACCOUNT_SID (unset with the token: provider log)
  std::string twilio_auth_token;              // HEALTHPULSE_TWILIO_AUTH_TOKEN (also checks webhooks; unset: all 403)
  std::string twilio_from;                    // HEALTHPULSE_TWILIO_FROM (E.164)
  std::string twilio_messaging_service_sid;   // HEALTHPULSE_TWILIO_MESSAGING_SERVICE_SID (instead of From)
  std::string twilio_base_url = "https://api.twilio.com";  // HEALTHPULSE_TWILIO_BASE_URL
  std::chrono::seconds twilio_timeout{15};    // HEALTHPULSE_TWILIO_TIMEOUT_SECONDS: a whole request (connect: 5 s at most)
  std::string public_url = "http://localhost:8080";  // HEALTHPULSE_PUBLIC_URL: how Twilio reaches this server
  std::string sms_quiet_hours = "20:00-09:00";  // HEALTHPULSE_SMS_QUIET_HOURS (each clinic's zone) or off
  int reminder_hours_before = 24;             // HEALTHPULSE_REMINDER_HOURS_BEFORE
  int sms_max_attempts = 6;                   // HEALTHPULSE_SMS_MAX_ATTEMPTS: then a retryable failure ends failed
  std::chrono::seconds sms_retry_base{30};    // HEALTHPULSE_SMS_RETRY_BASE_SECONDS: first backoff (doubling, 1 h cap)
  int follow_up_grace_days = 14;              // HEALTHPULSE_FOLLOW_UP_GRACE_DAYS: a visit booked this long after the due date counts

  // Reports (DESIGN.md §8).
  std::chrono::seconds report_cache{30};  // HEALTHPULSE_REPORT_CACHE_SECONDS (0-60): a long period's figures answered again

  // Reads the environment. Throws std::invalid_argument naming the variable when a
  // value cannot be parsed; unset variables keep the defaults above.
  static Config FromEnvironment();
};

}  // namespace healthpulse
