#include "modules/users/user_json.h"

#include "http/json_io.h"

namespace healthpulse::users {
using http::OrNull;

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
