#include <gtest/gtest.h>

#include "http/form_body.h"

namespace healthpulse::http {
namespace {

Request Form(std::string body, std::string content_type = "application/x-www-form-urlencoded") {
  Request r;
  r.method = "POST";
  r.path = "/hook";
  r.headers["content-type"] = std::move(content_type);
  r.body = std::move(body);
  return r;
}

TEST(ParseForm, DecodesFieldsInOrderKeepingRepeats) {
  auto form = ParseForm(Form("Body=S%C3%AD+gracias&From=%2B5491155551234&To=&Tag=a&Tag=b&&Flag"));
  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->Get("Body"), "Sí gracias");
  EXPECT_EQ(form->Get("From"), "+5491155551234");
  EXPECT_EQ(form->Get("To"), "");
  EXPECT_EQ(form->Get("Flag"), "");
  EXPECT_EQ(form->Get("Missing"), std::nullopt);
  EXPECT_EQ(form->All("Tag"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(form->Get("Tag"), "a");
  ASSERT_EQ(form->pairs().size(), 6u);
  EXPECT_EQ(form->pairs()[0].first, "Body");
}

TEST(ParseForm, AllowsNewlinesInValuesAndAUtf8Charset) {
  auto form = ParseForm(Form("Body=hola%0Aque+tal%09", "application/x-www-form-urlencoded; charset=UTF-8"));
  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->Get("Body"), "hola\nque tal\t");
}

TEST(ParseForm, RefusesEachKindOfBadBody) {
  struct Row {
    std::string body;
    std::string content_type;
    Error::Kind kind;
    std::string field;
  } rows[] = {
      {"Body=hi", "application/json", Error::Kind::kUnsupportedMedia, ""},
      {"Body=hi", "application/x-www-form-urlencoded; charset=latin1", Error::Kind::kUnsupportedMedia, ""},
      {"Body=%zz", "application/x-www-form-urlencoded", Error::Kind::kBadRequest, "body"},
      {"Body=%4", "application/x-www-form-urlencoded", Error::Kind::kBadRequest, "body"},
      {"Body=%C3%28", "application/x-www-form-urlencoded", Error::Kind::kInvalid, "Body"},    // not UTF-8
      {"Body=a%00b", "application/x-www-form-urlencoded", Error::Kind::kInvalid, "Body"},     // NUL
      {"B%FFdy=1", "application/x-www-form-urlencoded", Error::Kind::kInvalid, "body"},       // bad name
      {std::string(kMaxFormBodyBytes + 1, 'a'), "application/x-www-form-urlencoded", Error::Kind::kBadRequest, "body"},
  };
  for (const auto& row : rows) {
    auto form = ParseForm(Form(row.body, row.content_type));
    ASSERT_FALSE(form.has_value()) << row.body.substr(0, 40);
    EXPECT_EQ(form.error().kind, row.kind) << row.body.substr(0, 40);
    if (!row.field.empty()) {
      ASSERT_FALSE(form.error().fields.empty()) << row.body.substr(0, 40);
      EXPECT_EQ(form.error().fields[0].field, row.field) << row.body.substr(0, 40);
    }
  }
}

}  // namespace
}  // namespace healthpulse::http
