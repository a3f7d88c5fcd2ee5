#include "modules/sms/send_policy.h"

#include <algorithm>
#include <cmath>

#include <date/tz.h>

#include "modules/sms/twilio_errors.h"

namespace healthpulse::sms {
namespace {

std::optional<int> ParseClock(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (std::size_t i : {0u, 1u, 3u, 4u}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  int hours = (text[0] - '0') * 10 + (text[1] - '0');
  int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours > 23 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}

bool InQuiet(const QuietHours& q, int minute) {
  if (q.start_minute < q.end_minute) return minute >= q.start_minute && minute < q.end_minute;
  return minute >= q.start_minute || minute < q.end_minute;
}

const date::time_zone* Zone(const std::string& name) {
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    return date::locate_zone("UTC");
  }
}

}  // namespace

std::chrono::milliseconds Backoff(int attempts, double jitter, std::chrono::milliseconds base,
                                  std::chrono::milliseconds cap) {
  int exponent = std::clamp(attempts - 1, 0, 30);
  double full = std::min(static_cast<double>(cap.count()), static_cast<double>(base.count()) * std::ldexp(1.0, exponent));
  double j = std::clamp(jitter, 0.0, 1.0);
  return std::chrono::milliseconds(static_cast<long long>(full / 2 + full / 2 * j));
}

std::optional<QuietHours> ParseQuietHours(std::string_view text) {
  if (text == "off") return QuietHours{};
  auto dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  auto start = ParseClock(text.substr(0, dash));
  auto end = ParseClock(text.substr(dash + 1));
  if (!start || !end || *start == *end) return std::nullopt;
  return QuietHours{true, *start, *end};
}

std::optional<Instant> QuietUntil(const QuietHours& quiet, Instant now, const std::string& time_zone) {
  if (!quiet.enabled) return std::nullopt;
  const auto* zone = Zone(time_zone);
  auto now_s = date::floor<std::chrono::seconds>(now);
  auto local = zone->to_local(now_s);
  auto local_day = date::floor<date::days>(local);
  int minute = static_cast<int>(date::floor<std::chrono::minutes>(local - local_day).count());
  if (!InQuiet(quiet, minute)) return std::nullopt;
  // The end is today (local) when we are before it, else tomorrow.
  auto end_day = minute < quiet.end_minute ? local_day : local_day + date::days(1);
  date::local_seconds end_local = end_day + std::chrono::minutes(quiet.end_minute);
  // A local time skipped by a DST jump maps to the instant the gap ends; a repeated one
  // to its first occurrence.
  auto info = zone->get_info(end_local);
  date::sys_seconds end;
  if (info.result == date::local_info::nonexistent) {
    end = info.second.begin;
  } else {
    end = date::sys_seconds{(end_local - info.first.offset).time_since_epoch()};
  }
  Instant end_instant = std::chrono::time_point_cast<Instant::duration>(end);
  if (end_instant <= now) return std::nullopt;
  return end_instant;
}

AttemptOutcome DecideAfterAttempt(const ProviderAnswer& answer, int attempts, int max_attempts, double jitter,
                                  std::chrono::milliseconds retry_base) {
  AttemptOutcome out;
  if (!answer.transport_error && answer.http_status >= 200 && answer.http_status < 300) {
    out.kind = AttemptOutcome::Kind::kSent;
    return out;
  }
  if (answer.error_code && IsPermanentTwilioError(*answer.error_code)) {
    out.kind = AttemptOutcome::Kind::kFailed;
    out.phone_problem = true;
    out.opt_out = TwilioErrorOptsOut(*answer.error_code);
    return out;
  }
  bool retryable = answer.transport_error || answer.http_status == 429 || answer.http_status >= 500;
  if (retryable && attempts < max_attempts) {
    out.kind = AttemptOutcome::Kind::kRetry;
    out.retry_after = Backoff(attempts, jitter, retry_base);
    return out;
  }
  out.kind = AttemptOutcome::Kind::kFailed;
  return out;
}

}  // namespace healthpulse::sms
