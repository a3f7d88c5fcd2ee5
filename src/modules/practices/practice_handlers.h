#pragma once

#include "http/router.h"
#include "modules/practices/practice_service.h"

namespace healthpulse::practices {

// /api/v1/nomenclators, /nomenclators/{id}/import, /practices, /practices/{id}.
void RegisterPracticeRoutes(http::Router& router, PracticeService& service);

}  // namespace healthpulse::practices
