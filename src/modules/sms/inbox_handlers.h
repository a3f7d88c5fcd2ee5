#pragma once

#include "http/router.h"
#include "modules/sms/inbox_service.h"

namespace healthpulse::sms {

// GET  /api/v1/sms/inbox?clinic_id=&status=open|handled&limit=&cursor=
// POST /api/v1/sms/inbox/{id}/handle
// GET  /api/v1/sms/phone-problems?clinic_id=&status=open|resolved&limit=&cursor=
// POST /api/v1/sms/phone-problems/{id}/resolve
// Who may do what is InboxService's (signed-in routes; 403/404 from the service).
void RegisterInboxRoutes(http::Router& router, InboxService& service);

}  // namespace healthpulse::sms
