#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "config/config.h"
#include "modules/sms/send_policy.h"
#include "outbound/http_transport.h"

namespace healthpulse::sms {

// One message handed to a provider.
struct OutgoingSms {
  std::int64_t message_id = 0;
  std::string to;    // E.164
  std::string body;
};

// What one send attempt gave. `detail` is safe to store and log: never the body, the
// phone number or a credential.
struct SendResult {
  ProviderAnswer answer;
  std::optional<std::string> sid;
  bool simulated = false;  // the log provider: nothing left the building
  std::string detail;
};

// Whether a message already went out, from the provider's own records (after a crash
// or a timeout left it unclear). `known` is false when the provider could not be asked.
struct LookupResult {
  bool known = false;
  std::optional<std::string> sid;  // set when it went out
  std::string detail;
};

// Sends SMS. Implementations are thread-safe.
class SmsProvider {
 public:
  virtual ~SmsProvider() = default;
  virtual std::string_view Name() const = 0;
  virtual SendResult Send(const OutgoingSms& sms) = 0;
  // Looks for `sms` (same number, same body) among those sent since the day of `since`.
  virtual LookupResult FindSent(const OutgoingSms& sms, Instant since) = 0;
};

// Twilio's Messages API (DESIGN.md §7) over `transport`: POST
// {base}/2010-04-01/Accounts/{sid}/Messages.json with Basic auth and the form fields To,
// From or MessagingServiceSid, Body and StatusCallback ({public}/api/v1/webhooks/twilio/
// status); a 2xx answers JSON with "sid", an error JSON with "code". FindSent GETs
// Messages.json?To=..&DateSent>=YYYY-MM-DD and matches the body.
class TwilioProvider final : public SmsProvider {
 public:
  TwilioProvider(const Config& config, outbound::HttpTransport& transport);
  std::string_view Name() const override { return "twilio"; }
  SendResult Send(const OutgoingSms& sms) override;
  LookupResult FindSent(const OutgoingSms& sms, Instant since) override;

 private:
  const Config& config_;
  outbound::HttpTransport& transport_;
};

// No Twilio account: every message ends `simulated`; the log names the message id only.
class LogProvider final : public SmsProvider {
 public:
  std::string_view Name() const override { return "log"; }
  SendResult Send(const OutgoingSms& sms) override;
  LookupResult FindSent(const OutgoingSms& sms, Instant since) override;
};

// Twilio when the account sid and auth token are both set, else log.
std::unique_ptr<SmsProvider> MakeProvider(const Config& config, outbound::HttpTransport& transport);

}  // namespace healthpulse::sms
