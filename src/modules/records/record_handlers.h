#pragma once

#include "http/router.h"
#include "modules/records/record_service.h"

namespace healthpulse::records {

// GET /api/v1/patients/{id}/record · POST /api/v1/patients/{id}/{diagnoses,treatments,
// notes,allergies} · POST /api/v1/records/entries/{id}/amendments ·
// POST /api/v1/patients/{id}/emergency-access · GET /api/v1/patients/{id}/access-log ·
// GET /api/v1/emergency-accesses
void RegisterRecordRoutes(http::Router& router, RecordService& service);

}  // namespace healthpulse::records
