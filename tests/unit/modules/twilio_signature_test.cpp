#include <gtest/gtest.h>

#include <algorithm>

#include "http/message.h"
#include "modules/sms/twilio_signature.h"
#include "modules/sms/webhook_handlers.h"

namespace healthpulse::sms {
namespace {

// Twilio's documented example (docs "Webhooks security", validating signatures): this
// URL, these POST parameters and auth token 12345 sign as 0/KCTR6DLpKmkAf8muzZqo1nDgQ=.
const char* kUrl = "https://mycompany.com/myapp.php?foo=1&bar=2";
const char* kToken = "12345";
const char* kExpected = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";
const std::vector<std::pair<std::string, std::string>> kParams = {
    {"CallSid", "CA1234567890ABCDE"}, {"Caller", "+12349013030"}, {"Digits", "1234"},
    {"From", "+12349013030"},         {"To", "+18005551212"},
};

TEST(TwilioSignature, MatchesTwilioDocumentedExample) {
  EXPECT_EQ(TwilioSignature(kToken, kUrl, kParams), kExpected);
  // The parameters are sorted by name: the order they came in does not matter.
  auto reversed = kParams;
  std::reverse(reversed.begin(), reversed.end());
  EXPECT_EQ(TwilioSignature(kToken, kUrl, reversed), kExpected);
}

TEST(TwilioSignature, RefusesAnythingChanged) {
  EXPECT_TRUE(IsValidTwilioSignature(kToken, kUrl, kParams, kExpected));
  auto changed = kParams;
  changed[2].second = "1235";
  struct Row {
    const char* why;
    std::string token, url;
    std::vector<std::pair<std::string, std::string>> params;
    std::string signature;
  } rows[] = {
      {"another parameter value", kToken, kUrl, changed, kExpected},
      {"another URL", kToken, "https://mycompany.com/myapp.php?foo=1&bar=3", kParams, kExpected},
      {"another token", "54321", kUrl, kParams, kExpected},
      {"no token configured", "", kUrl, kParams, kExpected},
      {"no signature", kToken, kUrl, kParams, ""},
      {"a truncated signature", kToken, kUrl, kParams, "0/KCTR6DLpKmkAf8muzZqo1nDgQ"},
      {"one byte off", kToken, kUrl, kParams, "0/KCTR6DLpKmkAf8muzZqo1nDgR="},
  };
  for (const auto& row : rows) {
    EXPECT_FALSE(IsValidTwilioSignature(row.token, row.url, row.params, row.signature)) << row.why;
  }
}

// The router's check signs the public URL + the raw target (as Twilio called it, still
// encoded) and the form body's parameters.
TEST(TwilioSignatureCheck, UsesThePublicUrlTheRawTargetAndTheFormBody) {
  http::Request request;
  request.method = "POST";
  request.path = "/myapp.php";
  request.raw_target = "/myapp.php?foo=1&bar=2";
  request.headers["content-type"] = "application/x-www-form-urlencoded";
  request.body = "CallSid=CA1234567890ABCDE&Caller=%2B12349013030&Digits=1234&From=%2B12349013030&To=%2B18005551212";
  request.headers["x-twilio-signature"] = kExpected;
  EXPECT_TRUE(TwilioSignatureCheck(kToken, "https://mycompany.com/")(request));
  EXPECT_FALSE(TwilioSignatureCheck(kToken, "https://mycompany.com:8443")(request));
  EXPECT_FALSE(TwilioSignatureCheck("", "https://mycompany.com")(request)) << "no token: everything 403";
  EXPECT_FALSE(TwilioSignatureCheck(kToken, "")(request)) << "no public URL: everything 403";
  auto decoded_target = request;
  decoded_target.raw_target = "/myapp.php?bar=2&foo=1";  // another URL than Twilio called
  EXPECT_FALSE(TwilioSignatureCheck(kToken, "https://mycompany.com")(decoded_target));
  auto unsigned_request = request;
  unsigned_request.headers.erase("x-twilio-signature");
  EXPECT_FALSE(TwilioSignatureCheck(kToken, "https://mycompany.com")(unsigned_request));
}

TEST(TwimlMessage, EscapesTheTextAndAnswersNothingForNoText) {
  EXPECT_EQ(TwimlMessage("Turno <09:00> & \"listo\" d'Ana"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Turno &lt;09:00&gt; &amp; "
            "&quot;listo&quot; d&apos;Ana</Message></Response>");
  EXPECT_EQ(TwimlMessage(""), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>");
}

}  // namespace
}  // namespace healthpulse::sms
