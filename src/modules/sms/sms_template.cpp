#include "modules/sms/sms_template.h"

#include <array>
#include <utility>

namespace healthpulse::sms {
namespace {

using Field = std::string TemplateValues::*;

constexpr std::array<std::pair<std::string_view, Field>, 6> kPlaceholders{{
    {"nombre", &TemplateValues::first_name},
    {"clinica", &TemplateValues::clinic},
    {"telefono_clinica", &TemplateValues::clinic_phone},
    {"fecha", &TemplateValues::date},
    {"hora", &TemplateValues::time},
    {"medico", &TemplateValues::doctor},
}};

std::optional<Field> FieldNamed(std::string_view name) {
  for (const auto& [placeholder, field] : kPlaceholders) {
    if (placeholder == name) return field;
  }
  return std::nullopt;
}

}  // namespace

std::string RenderTemplate(std::string_view body, const TemplateValues& values) {
  std::string out;
  out.reserve(body.size() + 32);
  std::size_t at = 0;
  while (at < body.size()) {
    std::size_t open = body.find('{', at);
    if (open == std::string_view::npos) break;
    std::size_t close = body.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(body.substr(at, open - at));
    if (auto field = FieldNamed(body.substr(open + 1, close - open - 1))) {
      out.append(values.**field);
    } else {
      out.append(body.substr(open, close - open + 1));
    }
    at = close + 1;
  }
  out.append(body.substr(at));
  return out;
}

std::optional<std::string> TemplateProblem(std::string_view body) {
  std::size_t at = 0;
  while ((at = body.find_first_of("{}", at)) != std::string_view::npos) {
    if (body[at] == '}') return "has a \"}\" without its \"{\"";
    std::size_t close = body.find('}', at);
    if (close == std::string_view::npos) return "has a \"{\" without its \"}\"";
    std::string_view name = body.substr(at + 1, close - at - 1);
    if (!FieldNamed(name)) {
      return "uses the unknown placeholder {" + std::string(name) +
             "}; known: {nombre} {clinica} {telefono_clinica} {fecha} {hora} {medico}";
    }
    at = close + 1;
  }
  return std::nullopt;
}

}  // namespace healthpulse::sms
