#pragma once

#include "http/router.h"
#include "modules/audit/audit_service.h"

namespace healthpulse::audit {

// GET /api/v1/audit-events · GET /api/v1/audit-events/verification
void RegisterAuditRoutes(http::Router& router, AuditService& service);

}  // namespace healthpulse::audit
