#include <gtest/gtest.h>

#include <string>

#include "modules/sms/sms_admin.h"

namespace healthpulse::sms {
namespace {

TEST(SmsTemplateBody, AcceptsKnownPlaceholdersAndNewlinesUpTo640Characters) {
  EXPECT_FALSE(TemplateBodyProblem("Hola {nombre}:\nsu control en {clinica}.").has_value());
  EXPECT_FALSE(TemplateBodyProblem(std::string(640, 'a')).has_value());
}

TEST(SmsTemplateBody, NamesWhatIsWrong) {
  struct Row {
    const char* name;
    std::string body;
    const char* says;
  };
  const Row rows[] = {
      {"empty", "", "empty"},
      {"blank", "  \n ", "empty"},
      {"641 characters", std::string(641, 'a'), "at most 640"},
      {"unknown placeholder", "Su {diagnostico}", "{diagnostico}"},
      {"unclosed brace", "Hola {nombre", "{"},
      {"control character", std::string("Hola\x01"), "control"},
      {"invalid UTF-8", std::string("Hola \xC3"), "UTF-8"},
  };
  for (const auto& row : rows) {
    auto problem = TemplateBodyProblem(row.body);
    ASSERT_TRUE(problem.has_value()) << row.name;
    EXPECT_NE(problem->find(row.says), std::string::npos) << row.name << ": " << *problem;
  }
  // 640 characters of two bytes each is still 640 characters.
  std::string accents;
  for (int i = 0; i < 640; ++i) accents += "á";
  EXPECT_FALSE(TemplateBodyProblem(accents).has_value());
}

TEST(SmsTemplateBody, SampleValuesAreGsm7SoThePreviewCountsTheTemplate) {
  auto v = SampleValues();
  for (const auto& text : {v.first_name, v.clinic, v.clinic_phone, v.date, v.time, v.doctor}) {
    for (unsigned char c : text) EXPECT_LT(c, 0x80) << text;
  }
}

TEST(SmsSummaryScope, FollowsTheDesignTable) {
  using Ids = std::vector<std::int64_t>;
  struct Row {
    Role role;
    std::optional<std::int64_t> asked;
    std::optional<Ids> clinics;     // expected scope when allowed
    std::optional<Error::Kind> error;
  };
  const Ids own{3, 5};
  const Row rows[] = {
      {Role::kAdmin, std::nullopt, std::nullopt, std::nullopt},
      {Role::kAdmin, 9, Ids{9}, std::nullopt},
      {Role::kSecretary, std::nullopt, Ids{3, 5}, std::nullopt},
      {Role::kSecretary, 5, Ids{5}, std::nullopt},
      {Role::kSecretary, 9, std::nullopt, Error::Kind::kNotFound},
      {Role::kDoctor, std::nullopt, std::nullopt, Error::Kind::kForbidden},
      {Role::kDoctor, 3, std::nullopt, Error::Kind::kForbidden},
      {Role::kPatient, std::nullopt, std::nullopt, Error::Kind::kForbidden},
  };
  for (const auto& row : rows) {
    auto scope = ResolveSummaryScope(row.role, own, row.asked);
    auto label = std::string(ToString(row.role)) + " asking " + (row.asked ? std::to_string(*row.asked) : "all");
    if (row.error) {
      ASSERT_FALSE(scope.has_value()) << label;
      EXPECT_EQ(scope.error().kind, *row.error) << label;
    } else {
      ASSERT_TRUE(scope.has_value()) << label;
      EXPECT_EQ(scope->clinic_ids, row.clinics) << label;
    }
  }
  // A secretary's refusal names the parameter, as every scope 404 does.
  auto refused = ResolveSummaryScope(Role::kSecretary, own, 9);
  ASSERT_EQ(refused.error().fields.size(), 1u);
  EXPECT_EQ(refused.error().fields[0].field, "clinic_id");
}

}  // namespace
}  // namespace healthpulse::sms
