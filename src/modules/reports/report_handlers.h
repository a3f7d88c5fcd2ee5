#pragma once

#include "http/router.h"
#include "modules/reports/report_service.h"

namespace healthpulse::reports {

// GET /api/v1/reports/doctor-performance · GET /api/v1/reports/room-occupancy, each
// ?clinic_id=&from=&to=&format=json|csv. Every answer, errors included, carries
// Cache-Control: no-store (the figures are about people and change by the minute).
void RegisterReportRoutes(http::Router& router, ReportService& service);

}  // namespace healthpulse::reports
