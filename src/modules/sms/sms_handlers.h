#pragma once

#include "http/router.h"
#include "modules/sms/sms_service.h"

namespace healthpulse::sms {

// GET /api/v1/sms: the outbox, as SmsService::List shows it to the caller.
void RegisterSmsRoutes(http::Router& router, SmsService& service);

}  // namespace healthpulse::sms
