#pragma once

#include <optional>
#include <string_view>

namespace healthpulse {

// The four roles of DESIGN.md §5. Every user has exactly one.
enum class Role { kAdmin, kSecretary, kDoctor, kPatient };

// The API and database spelling: "admin", "secretary", "doctor", "patient".
std::string_view ToString(Role role);

// Parses the API spelling; nullopt for anything else (case-sensitive).
std::optional<Role> ParseRole(std::string_view text);

}  // namespace healthpulse
