#include "modules/users/user_json.h"

namespace healthpulse::users {
namespace {

template <typename T>
nlohmann::json OrNull(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json ToJson(const User& user) {
  return {
      {"id", user.id},
      {"username", user.username},
      {"full_name", user.full_name},
      {"email", OrNull(user.email)},
      {"phone", OrNull(user.phone)},
      {"role", ToString(user.role)},
      {"active", user.active},
      {"clinic_ids", user.clinic_ids},
      {"doctor_id", OrNull(user.doctor_id)},
      {"patient_id", OrNull(user.patient_id)},
      {"created_at", user.created_at},
  };
}

}  // namespace healthpulse::users
