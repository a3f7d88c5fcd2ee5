#include "modules/sms/webhook_handlers.h"

#include <charconv>

#include "core/text.h"
#include "http/form_body.h"
#include "http/media_type.h"
#include "http/problem.h"
#include "modules/sms/twilio_signature.h"

namespace healthpulse::sms {
namespace {

using http::Access;
using http::Response;
using http::RouteContext;

Response Xml(const std::string& body) {
  Response response;
  response.status = 200;
  response.content_type = "text/xml; charset=utf-8";
  response.body = body;
  return response;
}

// A form field read as text within `rule`; an absent required one is an error.
std::optional<std::string> Field(const http::FormFields& form, const std::string& name, TextRule rule,
                                 std::vector<FieldError>& errors, bool required = true) {
  auto value = form.Get(name);
  if (!value) {
    if (required) errors.push_back({name, "is required"});
    return std::nullopt;
  }
  if (auto problem = TextProblem(*value, rule)) {
    errors.push_back({name, std::move(*problem)});
    return std::nullopt;
  }
  return value;
}

Response StatusCallbackRoute(WebhookService& service, RouteContext& ctx) {
  auto form = http::ParseForm(ctx.request);
  if (!form) return http::ProblemResponse(form.error());
  std::vector<FieldError> errors;
  StatusCallback callback;
  callback.message_sid = Field(*form, "MessageSid", Line(64), errors).value_or("");
  callback.message_status = Field(*form, "MessageStatus", Line(32), errors).value_or("");
  if (auto code = Field(*form, "ErrorCode", Line(10), errors, false); code && !code->empty()) {
    int value = 0;
    auto [end, ec] = std::from_chars(code->data(), code->data() + code->size(), value);
    if (ec != std::errc() || end != code->data() + code->size() || value < 0) {
      errors.push_back({"ErrorCode", "must be a Twilio error code (digits)"});
    } else {
      callback.error_code = value;
    }
  }
  if (callback.message_sid.empty() && errors.empty()) errors.push_back({"MessageSid", "must not be empty"});
  if (!errors.empty()) return http::ProblemResponse(Error::Invalid(std::move(errors)));
  if (auto ok = service.RecordStatus(callback); !ok) return http::ProblemResponse(ok.error());
  return Xml(TwimlMessage(""));
}

Response InboundRoute(WebhookService& service, RouteContext& ctx) {
  auto form = http::ParseForm(ctx.request);
  if (!form) return http::ProblemResponse(form.error());
  std::vector<FieldError> errors;
  InboundMessage message;
  message.message_sid = Field(*form, "MessageSid", Line(64), errors).value_or("");
  message.from = Field(*form, "From", Line(32), errors).value_or("");
  message.to = Field(*form, "To", Line(32), errors, false).value_or("");
  message.body = Field(*form, "Body", FreeText(1600), errors).value_or("");
  if (errors.empty() && message.message_sid.empty()) errors.push_back({"MessageSid", "must not be empty"});
  if (errors.empty() && message.from.empty()) errors.push_back({"From", "must not be empty"});
  if (!errors.empty()) return http::ProblemResponse(Error::Invalid(std::move(errors)));
  auto reply = service.HandleInbound(message);
  if (!reply) return http::ProblemResponse(reply.error());
  return Xml(TwimlMessage(*reply));
}

}  // namespace

std::string TwimlMessage(const std::string& text) {
  constexpr std::string_view kProlog = R"(<?xml version="1.0" encoding="UTF-8"?>)";
  // Appended, not `std::string(kProlog) + ...`: GCC 12 at -O2 warns (-Warray-bounds, a
  // false positive) on the temporary's move, which breaks the release build.
  std::string out(kProlog);
  if (text.empty()) return out.append("<Response/>");
  std::string escaped;
  for (char c : text) {
    switch (c) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '"': escaped += "&quot;"; break;
      case '\'': escaped += "&apos;"; break;
      default: escaped.push_back(c);
    }
  }
  return out.append("<Response><Message>").append(escaped).append("</Message></Response>");
}

http::SignatureCheck TwilioSignatureCheck(std::string auth_token, std::string public_url) {
  while (!public_url.empty() && public_url.back() == '/') public_url.pop_back();
  return [auth_token = std::move(auth_token), public_url = std::move(public_url)](const http::Request& request) {
    if (auth_token.empty() || public_url.empty()) return false;
    auto signature = request.Header("x-twilio-signature");
    if (!signature) return false;
    std::vector<std::pair<std::string, std::string>> params;
    if (http::IsMediaType(request.Header("content-type").value_or(""), "application/x-www-form-urlencoded")) {
      auto parsed = http::ParseUrlEncoded(request.body);
      if (!parsed) return false;
      params = std::move(*parsed);
    }
    return IsValidTwilioSignature(auth_token, public_url + request.raw_target, params, *signature);
  };
}

void RegisterWebhookRoutes(http::Router& router, WebhookService& s) {
  router.Add("POST", "/api/v1/webhooks/twilio/status", Access::SignedByTwilio(),
             [&s](RouteContext& ctx) { return StatusCallbackRoute(s, ctx); });
  router.Add("POST", "/api/v1/webhooks/twilio/inbound", Access::SignedByTwilio(),
             [&s](RouteContext& ctx) { return InboundRoute(s, ctx); });
}

}  // namespace healthpulse::sms
