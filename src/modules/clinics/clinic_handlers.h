#pragma once

#include "http/router.h"
#include "modules/clinics/clinic_service.h"

namespace healthpulse::clinics {

// /api/v1/clinics, /clinics/{id}, /clinics/{id}/floors, /floors/{id}/rooms, /rooms,
// /rooms/{id} (DESIGN.md §3).
void RegisterClinicRoutes(http::Router& router, ClinicService& service);

}  // namespace healthpulse::clinics
