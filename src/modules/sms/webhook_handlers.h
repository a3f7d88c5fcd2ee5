#pragma once

#include <string>

#include "http/router.h"
#include "modules/sms/webhook_service.h"

namespace healthpulse::sms {

// Twilio's webhooks (DESIGN.md §7), both Access::SignedByTwilio:
// POST /api/v1/webhooks/twilio/status  (MessageSid, MessageStatus, ErrorCode?) → 200
// POST /api/v1/webhooks/twilio/inbound (From, To, Body, MessageSid) → 200 TwiML answer
// Both take application/x-www-form-urlencoded bodies (http::ParseForm) and answer
// text/xml; a missing or malformed field is 422 naming it.
void RegisterWebhookRoutes(http::Router& router, WebhookService& service);

// The router's check for Access::SignedByTwilio routes: the request's X-Twilio-Signature
// against `public_url` (HEALTHPULSE_PUBLIC_URL, how Twilio reaches this server, without
// a trailing slash) + the raw request target, and the form body's parameters. With no
// auth token or no public URL configured, every request fails the check (403).
http::SignatureCheck TwilioSignatureCheck(std::string auth_token, std::string public_url);

// `text` as the body of a TwiML answer: <Response><Message>text</Message></Response>
// with &, <, >, " and ' escaped; an empty text answers <Response/> (send nothing).
std::string TwimlMessage(const std::string& text);

}  // namespace healthpulse::sms
