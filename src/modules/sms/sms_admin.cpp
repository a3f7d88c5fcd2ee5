#include "modules/sms/sms_admin.h"

#include <algorithm>

#include "core/text.h"

namespace healthpulse::sms {

std::optional<std::string> TemplateBodyProblem(std::string_view body) {
  if (auto problem = TextProblem(body, FreeText(kMaxTemplateCharacters))) return problem;
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return "must not be empty";
  return TemplateProblem(body);
}

TemplateValues SampleValues() {
  return {.first_name = "Laura",
          .clinic = "Clinica Central",
          .clinic_phone = "+54 11 4555-1234",
          .date = "15/12/2026",
          .time = "10:30",
          .doctor = "Dra. Gomez"};
}

Result<SummaryScope> ResolveSummaryScope(Role role, const std::vector<std::int64_t>& own_clinic_ids,
                                         std::optional<std::int64_t> clinic_id) {
  switch (role) {
    case Role::kAdmin:
      if (clinic_id) return SummaryScope{std::vector<std::int64_t>{*clinic_id}};
      return SummaryScope{std::nullopt};
    case Role::kSecretary:
      if (!clinic_id) return SummaryScope{own_clinic_ids};
      if (std::find(own_clinic_ids.begin(), own_clinic_ids.end(), *clinic_id) == own_clinic_ids.end()) {
        return Fail(Error::NotFound("No such clinic", "clinic_id"));
      }
      return SummaryScope{std::vector<std::int64_t>{*clinic_id}};
    case Role::kDoctor:
    case Role::kPatient:
      break;
  }
  return Fail(Error::Forbidden());
}

}  // namespace healthpulse::sms
