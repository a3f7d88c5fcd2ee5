#pragma once

#include "http/router.h"
#include "modules/sms/sms_admin_service.h"

namespace healthpulse::sms {

// GET /api/v1/sms-templates · PUT /api/v1/sms-templates/{kind} · GET /api/v1/sms/summary
void RegisterSmsAdminRoutes(http::Router& router, SmsAdminService& service);

}  // namespace healthpulse::sms
