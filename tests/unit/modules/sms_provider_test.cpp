#include <gtest/gtest.h>

#include <deque>

#include "modules/sms/sms_provider.h"

namespace healthpulse::sms {
namespace {

// A transport that records requests and answers from a script.
class FakeTransport final : public outbound::HttpTransport {
 public:
  std::deque<tl::expected<outbound::HttpResponse, outbound::TransportError>> answers;
  std::vector<outbound::HttpRequest> requests;

  tl::expected<outbound::HttpResponse, outbound::TransportError> Send(const outbound::HttpRequest& r) override {
    requests.push_back(r);
    auto a = answers.front();
    answers.pop_front();
    return a;
  }
};

Config TwilioConfig() {
  Config c;
  c.twilio_account_sid = "AC123";
  c.twilio_auth_token = "secret-token";
  c.twilio_from = "+15005550006";
  c.twilio_base_url = "http://127.0.0.1:9";
  c.public_url = "https://hp.example.org";
  return c;
}

TEST(TwilioProvider, PostsTheFormWithBasicAuthAndReadsTheSid) {
  auto config = TwilioConfig();
  FakeTransport transport;
  transport.answers.push_back(outbound::HttpResponse{201, R"({"sid":"SM42","status":"queued"})"});
  TwilioProvider twilio(config, transport);
  auto result = twilio.Send({7, "+5491155551234", "Hola Ana: turno el 01/12"});
  ASSERT_EQ(transport.requests.size(), 1u);
  const auto& r = transport.requests[0];
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.url, "http://127.0.0.1:9/2010-04-01/Accounts/AC123/Messages.json");
  EXPECT_EQ(r.basic_user, "AC123");
  EXPECT_EQ(r.basic_password, "secret-token");
  EXPECT_EQ(r.body,
            "To=%2B5491155551234&From=%2B15005550006&Body=Hola%20Ana%3A%20turno%20el%2001%2F12"
            "&StatusCallback=https%3A%2F%2Fhp.example.org%2Fapi%2Fv1%2Fwebhooks%2Ftwilio%2Fstatus");
  EXPECT_EQ(result.sid, "SM42");
  EXPECT_EQ(result.answer.http_status, 201);
  EXPECT_EQ(DecideAfterAttempt(result.answer, 1, 6, 0.5).kind, AttemptOutcome::Kind::kSent);
  EXPECT_EQ(result.detail.find("Hola"), std::string::npos) << "details never carry the body";
  EXPECT_EQ(result.detail.find("secret"), std::string::npos);
}

TEST(TwilioProvider, UsesTheMessagingServiceWhenConfigured) {
  auto config = TwilioConfig();
  config.twilio_messaging_service_sid = "MG9";
  FakeTransport transport;
  transport.answers.push_back(outbound::HttpResponse{201, R"({"sid":"SM1"})"});
  TwilioProvider(config, transport).Send({1, "+541100000000", "x"});
  EXPECT_NE(transport.requests[0].body.find("MessagingServiceSid=MG9"), std::string::npos);
  EXPECT_EQ(transport.requests[0].body.find("From="), std::string::npos);
}

TEST(TwilioProvider, ErrorsBecomeRetryOrFailureDecisions) {
  auto config = TwilioConfig();
  FakeTransport transport;
  transport.answers.push_back(outbound::HttpResponse{429, R"({"code":20429,"message":"Too Many Requests"})"});
  transport.answers.push_back(tl::make_unexpected(outbound::TransportError{"Timeout was reached", true}));
  transport.answers.push_back(outbound::HttpResponse{400, R"({"code":21211,"message":"Invalid 'To'"})"});
  transport.answers.push_back(outbound::HttpResponse{502, "<html>bad gateway</html>"});
  TwilioProvider twilio(config, transport);
  auto too_many = twilio.Send({1, "+541100000000", "x"});
  EXPECT_EQ(DecideAfterAttempt(too_many.answer, 1, 6, 0.0).kind, AttemptOutcome::Kind::kRetry);
  auto timeout = twilio.Send({1, "+541100000000", "x"});
  EXPECT_TRUE(timeout.answer.transport_error);
  EXPECT_EQ(DecideAfterAttempt(timeout.answer, 2, 6, 0.0).kind, AttemptOutcome::Kind::kRetry);
  auto invalid = twilio.Send({1, "+541100000000", "x"});
  EXPECT_EQ(invalid.answer.error_code, 21211);
  auto decided = DecideAfterAttempt(invalid.answer, 1, 6, 0.0);
  EXPECT_EQ(decided.kind, AttemptOutcome::Kind::kFailed);
  EXPECT_TRUE(decided.phone_problem);
  auto gateway = twilio.Send({1, "+541100000000", "x"});
  EXPECT_FALSE(gateway.answer.error_code);
  EXPECT_EQ(DecideAfterAttempt(gateway.answer, 1, 6, 0.0).kind, AttemptOutcome::Kind::kRetry);
}

TEST(TwilioProvider, FindSentAsksTheListOfThatNumberAndDayAndMatchesTheBody) {
  auto config = TwilioConfig();
  FakeTransport transport;
  transport.answers.push_back(outbound::HttpResponse{
      200, R"({"messages":[{"sid":"SM1","to":"+541100000000","body":"other"},{"sid":"SM2","body":"mine"}]})"});
  transport.answers.push_back(outbound::HttpResponse{200, R"({"messages":[]})"});
  transport.answers.push_back(outbound::HttpResponse{503, ""});
  TwilioProvider twilio(config, transport);
  auto since = Instant(std::chrono::seconds(1764590400));  // 2025-12-01T12:00:00Z
  auto hit = twilio.FindSent({1, "+541100000000", "mine"}, since);
  EXPECT_TRUE(hit.known);
  EXPECT_EQ(hit.sid, "SM2");
  EXPECT_EQ(transport.requests[0].method, "GET");
  EXPECT_EQ(transport.requests[0].url,
            "http://127.0.0.1:9/2010-04-01/Accounts/AC123/Messages.json?To=%2B541100000000&DateSent%3E=2025-12-01"
            "&PageSize=100");
  auto miss = twilio.FindSent({1, "+541100000000", "mine"}, since);
  EXPECT_TRUE(miss.known);
  EXPECT_FALSE(miss.sid);
  auto down = twilio.FindSent({1, "+541100000000", "mine"}, since);
  EXPECT_FALSE(down.known);
}

TEST(SmsProviderChoice, LogWithoutAccountAndTokenTwilioWithBoth) {
  FakeTransport transport;
  Config none;
  EXPECT_EQ(MakeProvider(none, transport)->Name(), "log");
  Config half;
  half.twilio_account_sid = "AC1";
  EXPECT_EQ(MakeProvider(half, transport)->Name(), "log");
  EXPECT_EQ(MakeProvider(TwilioConfig(), transport)->Name(), "twilio");
  auto simulated = LogProvider().Send({3, "+541100000000", "x"});
  EXPECT_TRUE(simulated.simulated);
}

}  // namespace
}  // namespace healthpulse::sms
