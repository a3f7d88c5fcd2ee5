#pragma once

#include "http/router.h"
#include "modules/appointments/appointment_service.h"

namespace healthpulse::appointments {

// GET,POST /api/v1/appointments · GET,PATCH /api/v1/appointments/{id} ·
// POST /api/v1/appointments/{id}/status · GET /api/v1/appointments/{id}/history
void RegisterAppointmentRoutes(http::Router& router, AppointmentService& service);

}  // namespace healthpulse::appointments
