#pragma once

#include "http/router.h"
#include "modules/icd10/icd10_service.h"

namespace healthpulse::icd10 {

// GET /api/v1/icd10?q=
void RegisterIcd10Routes(http::Router& router, Icd10Service& service);

}  // namespace healthpulse::icd10
