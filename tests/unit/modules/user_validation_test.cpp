#include <gtest/gtest.h>

#include "modules/auth/password.h"
#include "modules/users/user.h"

namespace healthpulse::users {
namespace {

NewUser Valid() { return {"ana.gomez", "a long enough password", "Ana Gómez", "ana@example.org", "+54 9 11 5555-1234", Role::kSecretary, {}, "", std::nullopt}; }

TEST(NewUserValidation, AcceptsAValidUser) { EXPECT_TRUE(ValidateNewUser(Valid()).empty()); }

TEST(NewUserValidation, NamesEachBadField) {
  struct Row {
    const char* what;
    void (*spoil)(NewUser&);
    const char* field;
  } rows[] = {
      {"short username", [](NewUser& u) { u.username = "ab"; }, "username"},
      {"username with space", [](NewUser& u) { u.username = "ana gomez"; }, "username"},
      {"short password", [](NewUser& u) { u.password = "123456789"; }, "password"},
      {"blank name", [](NewUser& u) { u.full_name = "   "; }, "full_name"},
      {"bad email", [](NewUser& u) { u.email = "ana@"; }, "email"},
      {"bad phone", [](NewUser& u) { u.phone = "call me"; }, "phone"},
  };
  for (const auto& row : rows) {
    auto user = Valid();
    row.spoil(user);
    auto errors = ValidateNewUser(user);
    ASSERT_EQ(errors.size(), 1u) << row.what;
    EXPECT_EQ(errors[0].field, row.field) << row.what;
  }
}

TEST(PasswordPolicy, CountsCharactersNotBytes) {
  EXPECT_TRUE(auth::CheckPasswordPolicy("p", "ñañañañaña").has_value());
  EXPECT_FALSE(auth::CheckPasswordPolicy("p", "ñañañaña").has_value());
}

TEST(Password, HashVerifiesOnlyTheSamePassword) {
  auto hash = auth::HashPassword("correct horse battery");
  EXPECT_TRUE(hash.rfind("$argon2id$", 0) == 0) << hash;
  EXPECT_NE(hash.find("m=19456"), std::string::npos) << hash;
  EXPECT_TRUE(auth::VerifyPassword(hash, "correct horse battery"));
  EXPECT_FALSE(auth::VerifyPassword(hash, "correct horse batterY"));
  EXPECT_NE(auth::HashPassword("correct horse battery"), hash) << "each hash has its own salt";
}

}  // namespace
}  // namespace healthpulse::users
