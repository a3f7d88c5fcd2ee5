#pragma once

#include "http/router.h"
#include "modules/doctors/doctor_service.h"

namespace healthpulse::doctors {

// /api/v1/doctors, /doctors/{id}, /doctors/{id}/schedule.
void RegisterDoctorRoutes(http::Router& router, DoctorService& service);

}  // namespace healthpulse::doctors
