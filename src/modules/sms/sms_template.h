#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace healthpulse::sms {

// What a template's placeholders stand for. Only the names below exist: an SMS is not
// private, so no placeholder carries clinical detail (no diagnosis, no drug, no note).
struct TemplateValues {
  std::string first_name;    // {nombre}
  std::string clinic;        // {clinica}
  std::string clinic_phone;  // {telefono_clinica}
  std::string date;          // {fecha}, dd/mm/aaaa in the clinic's zone
  std::string time;          // {hora}, 24-hour hh:mm in the clinic's zone
  std::string doctor;        // {medico}
};

// `body` with every placeholder replaced by its value. Text outside braces is copied as
// is; the caller has checked the template with TemplateProblem.
std::string RenderTemplate(std::string_view body, const TemplateValues& values);

// Why `body` is not a usable template (an unknown placeholder such as "{diagnostico}",
// an unclosed "{"), or nullopt when every brace names a known placeholder.
std::optional<std::string> TemplateProblem(std::string_view body);

}  // namespace healthpulse::sms
