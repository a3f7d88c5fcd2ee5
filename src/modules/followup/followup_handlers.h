#pragma once

#include "http/router.h"
#include "modules/followup/followup_service.h"

namespace healthpulse::followup {

// GET /api/v1/follow-up-plans · POST /api/v1/follow-up-plans ·
// PATCH /api/v1/follow-up-plans/{id} · GET /api/v1/follow-up-worklist
void RegisterFollowUpRoutes(http::Router& router, FollowUpService& service);

}  // namespace healthpulse::followup
