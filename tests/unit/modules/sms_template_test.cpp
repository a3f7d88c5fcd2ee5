#include <gtest/gtest.h>

#include "modules/sms/sms_template.h"

namespace healthpulse::sms {
namespace {

TemplateValues Ana() {
  return {.first_name = "Ana", .clinic = "Clínica Norte", .clinic_phone = "+54 11 4000-0001",
          .date = "02/12/2026", .time = "09:30", .doctor = "Dra. Pérez"};
}

TEST(SmsTemplate, ReplacesEveryPlaceholder) {
  EXPECT_EQ(RenderTemplate("Hola {nombre}: turno el {fecha} a las {hora} con {medico} en {clinica} "
                           "({telefono_clinica}).",
                           Ana()),
            "Hola Ana: turno el 02/12/2026 a las 09:30 con Dra. Pérez en Clínica Norte "
            "(+54 11 4000-0001).");
}

TEST(SmsTemplate, LeavesUnknownBracesAndLoneBracesAsWritten) {
  EXPECT_EQ(RenderTemplate("{diagnostico} {nombre", Ana()), "{diagnostico} {nombre");
  EXPECT_EQ(RenderTemplate("a } b {nombre}", Ana()), "a } b Ana");
}

TEST(SmsTemplate, NamesTheProblemOfABadTemplate) {
  EXPECT_FALSE(TemplateProblem("Hola {nombre}, {clinica}").has_value());
  EXPECT_FALSE(TemplateProblem("sin marcadores").has_value());
  EXPECT_NE(TemplateProblem("Su {diagnostico}")->find("{diagnostico}"), std::string::npos);
  EXPECT_TRUE(TemplateProblem("Hola {nombre").has_value());
  EXPECT_TRUE(TemplateProblem("Hola nombre}").has_value());
}

}  // namespace
}  // namespace healthpulse::sms
