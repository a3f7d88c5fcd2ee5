#include <set>

#include "core/text.h"
#include "modules/clinics/clinic.h"

namespace healthpulse::clinics {
namespace {

bool Blank(const std::string& text) { return text.find_first_not_of(" \t") == std::string::npos; }

void CheckName(const std::string& field, const std::string& value, std::size_t max, std::vector<FieldError>& errors) {
  if (Blank(value)) {
    errors.push_back({field, "is required"});
  } else if (CharacterCount(value) > max) {
    errors.push_back({field, "must be at most " + std::to_string(max) + " characters"});
  }
}

}  // namespace

bool IsRoomKind(const std::string& kind) { return kind == "consulting" || kind == "procedure" || kind == "other"; }

std::vector<FieldError> ValidateOpeningHours(const std::vector<OpeningHours>& hours) {
  std::vector<FieldError> errors;
  std::set<int> seen;
  for (std::size_t i = 0; i < hours.size(); ++i) {
    const auto& h = hours[i];
    auto field = "opening_hours[" + std::to_string(i) + "]";
    if (h.weekday < 1 || h.weekday > 7) {
      errors.push_back({field + ".weekday", "must be 1 (Monday) to 7 (Sunday)"});
    } else if (!seen.insert(h.weekday).second) {
      errors.push_back({field + ".weekday", "appears twice"});
    }
    if (h.opens >= h.closes) errors.push_back({field + ".closes", "must be after opens"});
  }
  return errors;
}

std::vector<FieldError> ValidateNewClinic(const NewClinic& clinic) {
  std::vector<FieldError> errors;
  CheckName("name", clinic.name, 200, errors);
  CheckName("address", clinic.address, 300, errors);
  auto hours = ValidateOpeningHours(clinic.opening_hours);
  errors.insert(errors.end(), hours.begin(), hours.end());
  return errors;
}

std::vector<FieldError> ValidateClinicPatch(const ClinicPatch& patch) {
  std::vector<FieldError> errors;
  if (patch.name) CheckName("name", *patch.name, 200, errors);
  if (patch.address) CheckName("address", *patch.address, 300, errors);
  if (patch.opening_hours) {
    auto hours = ValidateOpeningHours(*patch.opening_hours);
    errors.insert(errors.end(), hours.begin(), hours.end());
  }
  return errors;
}

std::vector<FieldError> ValidateNewRoom(const NewRoom& room) {
  std::vector<FieldError> errors;
  CheckName("code", room.code, 20, errors);
  CheckName("name", room.name, 200, errors);
  if (!IsRoomKind(room.kind)) errors.push_back({"kind", "must be consulting, procedure or other"});
  return errors;
}

std::vector<FieldError> ValidateRoomPatch(const RoomPatch& patch) {
  std::vector<FieldError> errors;
  if (patch.code) CheckName("code", *patch.code, 20, errors);
  if (patch.name) CheckName("name", *patch.name, 200, errors);
  if (patch.kind && !IsRoomKind(*patch.kind)) errors.push_back({"kind", "must be consulting, procedure or other"});
  return errors;
}

}  // namespace healthpulse::clinics
