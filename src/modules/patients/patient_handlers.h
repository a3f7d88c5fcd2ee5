#pragma once

#include "http/router.h"
#include "modules/patients/patient_service.h"

namespace healthpulse::patients {

// GET,POST /api/v1/patients · GET,PATCH /api/v1/patients/{id}
void RegisterPatientRoutes(http::Router& router, PatientService& service);

}  // namespace healthpulse::patients
