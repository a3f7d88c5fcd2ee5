#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace healthpulse::sms {

using Instant = std::chrono::system_clock::time_point;

// The wait before attempt `attempts + 1` after `attempts` failed ones (1, 2, ...):
// exponential from `base` (doubling each time, capped at `cap`) with jitter, so workers
// that failed together do not retry together: the result lies in [d/2, d] for the
// exponential delay d, placed by `jitter` in [0, 1] (0 → d/2, 1 → d). Pure.
std::chrono::milliseconds Backoff(int attempts, double jitter, std::chrono::milliseconds base = std::chrono::seconds(30),
                                  std::chrono::milliseconds cap = std::chrono::hours(1));

// Quiet hours in a clinic's local time: from `start` (minutes after midnight) until
// `end`, across midnight when end < start ("20:00-09:00"). Disabled sends at any time.
struct QuietHours {
  bool enabled = false;
  int start_minute = 0;
  int end_minute = 0;
};

// "HH:MM-HH:MM" (start ≠ end) or "off"; nullopt for anything else.
std::optional<QuietHours> ParseQuietHours(std::string_view text);

// When quiet hours end if `now` falls inside them in IANA zone `time_zone` (the first
// instant at or after `now` whose local time is `end`, DST gaps and repeats handled by
// the zone's rules), or nullopt when sending is allowed now. An unknown zone is taken
// as UTC. Pure (reads the system's time zone database).
std::optional<Instant> QuietUntil(const QuietHours& quiet, Instant now, const std::string& time_zone);

// A due alert first sendable more than this after it fell due expires instead (the
// system was down, or quiet hours held it back: a reminder for yesterday is noise).
inline constexpr std::chrono::hours kExpireAfter{24};

// What the outcome of one attempt makes of the message.
struct AttemptOutcome {
  enum class Kind { kSent, kRetry, kFailed } kind = Kind::kFailed;
  std::optional<std::chrono::milliseconds> retry_after;  // kRetry
  bool phone_problem = false;  // kFailed by a permanent Twilio code: "fix this phone"
  bool opt_out = false;        // 21610: the patient is opted out too
};

// One attempt's answer, as the provider reported it.
struct ProviderAnswer {
  bool transport_error = false;  // no HTTP answer (network, timeout)
  int http_status = 0;
  std::optional<int> error_code;  // Twilio's "code"
};

// The retry decision (DESIGN.md §7): a 2xx is sent; 429, 5xx and transport errors are
// retried after Backoff(attempts, jitter, retry_base) while attempts < max_attempts, then failed; a
// permanent Twilio code (twilio_errors.h) fails at once with a phone problem (21610 also
// opts out); any other 4xx fails at once (retrying cannot fix a request Twilio refused).
AttemptOutcome DecideAfterAttempt(const ProviderAnswer& answer, int attempts, int max_attempts, double jitter,
                                  std::chrono::milliseconds retry_base = std::chrono::seconds(30));

}  // namespace healthpulse::sms
