#include "modules/sms/sms_provider.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <date/date.h>

namespace healthpulse::sms {
namespace {

std::string MessagesUrl(const Config& c) {
  return c.twilio_base_url + "/2010-04-01/Accounts/" + outbound::FormEncode(c.twilio_account_sid) + "/Messages.json";
}

outbound::HttpRequest Authorized(const Config& c) {
  outbound::HttpRequest request;
  request.basic_user = c.twilio_account_sid;
  request.basic_password = c.twilio_auth_token;
  request.headers.emplace_back("Accept", "application/json");
  return request;
}

nlohmann::json ParseOrNull(const std::string& text) {
  auto parsed = nlohmann::json::parse(text, nullptr, false);
  return parsed.is_discarded() ? nlohmann::json() : parsed;
}

}  // namespace

TwilioProvider::TwilioProvider(const Config& config, outbound::HttpTransport& transport)
    : config_(config), transport_(transport) {}

SendResult TwilioProvider::Send(const OutgoingSms& sms) {
  auto request = Authorized(config_);
  request.method = "POST";
  request.url = MessagesUrl(config_);
  request.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
  std::vector<std::pair<std::string, std::string>> form{{"To", sms.to}};
  if (!config_.twilio_messaging_service_sid.empty()) {
    form.emplace_back("MessagingServiceSid", config_.twilio_messaging_service_sid);
  } else {
    form.emplace_back("From", config_.twilio_from);
  }
  form.emplace_back("Body", sms.body);
  form.emplace_back("StatusCallback", config_.public_url + "/api/v1/webhooks/twilio/status");
  request.body = outbound::FormBody(form);
  SendResult result;
  auto response = transport_.Send(request);
  if (!response) {
    result.answer.transport_error = true;
    result.detail = "network: " + response.error().message;
    return result;
  }
  result.answer.http_status = response->status;
  auto json = ParseOrNull(response->body);
  if (json.is_object()) {
    if (json.contains("sid") && json["sid"].is_string()) result.sid = json["sid"].get<std::string>();
    if (json.contains("code") && json["code"].is_number_integer()) result.answer.error_code = json["code"].get<int>();
  }
  if (response->status >= 200 && response->status < 300 && !result.sid) {
    // Accepted, but no sid to follow it by: still sent (a retry would double it).
    result.detail = "answer without a sid";
  } else {
    result.detail = "HTTP " + std::to_string(response->status);
  }
  return result;
}

LookupResult TwilioProvider::FindSent(const OutgoingSms& sms, Instant since) {
  auto request = Authorized(config_);
  request.method = "GET";
  auto day = date::format("%Y-%m-%d", date::floor<date::days>(since));
  request.url = MessagesUrl(config_) + "?" + outbound::FormBody({{"To", sms.to}, {"DateSent>", day}, {"PageSize", "100"}});
  // FormBody encodes "DateSent>" "=" day as DateSent%3E=day, Twilio's DateSent>=day.
  LookupResult result;
  auto response = transport_.Send(request);
  if (!response) {
    result.detail = "lookup network: " + response.error().message;
    return result;
  }
  if (response->status != 200) {
    result.detail = "lookup HTTP " + std::to_string(response->status);
    return result;
  }
  auto json = ParseOrNull(response->body);
  if (!json.is_object() || !json.contains("messages") || !json["messages"].is_array()) {
    result.detail = "lookup answer not understood";
    return result;
  }
  result.known = true;
  for (const auto& m : json["messages"]) {
    if (!m.is_object() || !m.contains("body") || !m["body"].is_string() || !m.contains("sid")) continue;
    if (m["body"].get<std::string>() == sms.body && m["sid"].is_string()) {
      result.sid = m["sid"].get<std::string>();
      result.detail = "found in Twilio's message list";
      return result;
    }
  }
  result.detail = "not in Twilio's message list";
  return result;
}

SendResult LogProvider::Send(const OutgoingSms& sms) {
  spdlog::info("sms: message {} simulated (provider log: no Twilio account configured)", sms.message_id);
  SendResult result;
  result.answer.http_status = 200;
  result.simulated = true;
  result.detail = "simulated";
  return result;
}

LookupResult LogProvider::FindSent(const OutgoingSms&, Instant) {
  return LookupResult{true, std::nullopt, "provider log keeps no list"};
}

std::unique_ptr<SmsProvider> MakeProvider(const Config& config, outbound::HttpTransport& transport) {
  if (!config.twilio_account_sid.empty() && !config.twilio_auth_token.empty()) {
    return std::make_unique<TwilioProvider>(config, transport);
  }
  return std::make_unique<LogProvider>();
}

}  // namespace healthpulse::sms
