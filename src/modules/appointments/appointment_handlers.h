#pragma once

#include "http/router.h"
#include "live/event_hub.h"
#include "modules/appointments/appointment_service.h"

namespace healthpulse::appointments {

// GET,POST /api/v1/appointments · GET,PATCH /api/v1/appointments/{id} ·
// POST /api/v1/appointments/{id}/status · GET /api/v1/appointments/{id}/history ·
// GET /api/v1/availability · GET /api/v1/clinics/{id}/events (Server-Sent Events from `hub`)
void RegisterAppointmentRoutes(http::Router& router, AppointmentService& service, live::EventHub& hub);

}  // namespace healthpulse::appointments
