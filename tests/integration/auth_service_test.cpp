#include "modules/auth/auth_service.h"
#include "modules/users/user_service.h"
#include "test_database.h"

namespace healthpulse {
namespace {

const std::string kOffice = "10.0.0.5";  // the client address of the tests' sign-ins

class AuthServiceTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    db_ = std::make_unique<db::Database>(url_, 2);
    auth_ = std::make_unique<auth::AuthService>(*db_, config_, cache_);
    users_ = std::make_unique<users::UserService>(*db_, cache_);
    auto admin = users_->Create(SystemPrincipal("test"),
                                {"admin", "admin password 1", "Admin", std::nullopt, std::nullopt, Role::kAdmin, {}, "", std::nullopt});
    ASSERT_TRUE(admin.has_value());
    admin_id_ = admin->id;
    auto secretary = users_->Create(SystemPrincipal("test"), {"Sofia", "secretary password", "Sofía", std::nullopt,
                                                              std::nullopt, Role::kSecretary, {}, "", std::nullopt});
    ASSERT_TRUE(secretary.has_value());
    secretary_id_ = secretary->id;
  }
  void TearDown() override {
    users_.reset();
    auth_.reset();
    db_.reset();
    DatabaseTest::TearDown();
  }

  int AuditCount(const std::string& action) {
    return Sql("SELECT count(*) FROM audit_events WHERE action = '" + action + "'")[0][0].as<int>();
  }

  Config config_;
  // Lifetime zero: every Authenticate reaches the database, as these tests end sessions
  // behind the service's back with SQL. The cache has its own tests.
  auth::SessionCache cache_{100, std::chrono::seconds(0)};
  std::unique_ptr<db::Database> db_;
  std::unique_ptr<auth::AuthService> auth_;
  std::unique_ptr<users::UserService> users_;
  std::int64_t admin_id_ = 0;
  std::int64_t secretary_id_ = 0;
};

TEST_F(AuthServiceTest, SignInIsCaseInsensitiveAndGivesAWorkingToken) {
  auto login = auth_->Login("SOFIA", "secretary password", kOffice);
  ASSERT_TRUE(login.has_value());
  EXPECT_EQ(login->user.id, secretary_id_);
  auto who = auth_->Authenticate(login->token);
  ASSERT_TRUE(who.has_value());
  EXPECT_EQ(who->role, Role::kSecretary);
  EXPECT_EQ(AuditCount("auth.login"), 1);
  // Only the hash is stored.
  EXPECT_EQ(Sql("SELECT count(*) FROM sessions WHERE token_hash = '" + login->token + "'")[0][0].as<int>(), 0);
}

TEST_F(AuthServiceTest, UnknownUserAndWrongPasswordLookTheSame) {
  auto unknown = auth_->Login("nobody", "whatever password", kOffice);
  auto wrong = auth_->Login("sofia", "wrong password!", kOffice);
  ASSERT_FALSE(unknown.has_value());
  ASSERT_FALSE(wrong.has_value());
  EXPECT_EQ(unknown.error().kind, Error::Kind::kUnauthenticated);
  EXPECT_EQ(unknown.error().kind, wrong.error().kind);
  EXPECT_EQ(unknown.error().message, wrong.error().message);
  EXPECT_EQ(AuditCount("auth.login_failed"), 2);
}

TEST_F(AuthServiceTest, FiveFailuresLockTheAccountEvenForTheRightPassword) {
  for (int i = 0; i < 4; ++i) {
    auto attempt = auth_->Login("sofia", "wrong password!", kOffice);
    ASSERT_EQ(attempt.error().kind, Error::Kind::kUnauthenticated) << "attempt " << i;
  }
  auto fifth = auth_->Login("sofia", "wrong password!", kOffice);
  ASSERT_EQ(fifth.error().kind, Error::Kind::kTooManyAttempts);
  EXPECT_EQ(fifth.error().retry_after_seconds, 15 * 60);
  auto right = auth_->Login("sofia", "secretary password", kOffice);
  ASSERT_FALSE(right.has_value());
  EXPECT_EQ(right.error().kind, Error::Kind::kTooManyAttempts);
  EXPECT_GT(*right.error().retry_after_seconds, 0);
  // When the lock has run out, the right password works again.
  Sql("UPDATE login_throttle SET locked_until = now() - interval '1 second'");
  EXPECT_TRUE(auth_->Login("sofia", "secretary password", kOffice).has_value());
}

TEST_F(AuthServiceTest, AnUnknownUsernameIsLockedLikeARealOne) {
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(auth_->Login("nadie", "wrong password!", kOffice).error().kind, Error::Kind::kUnauthenticated);
  }
  auto fifth = auth_->Login("nadie", "wrong password!", kOffice);
  EXPECT_EQ(fifth.error().kind, Error::Kind::kTooManyAttempts);
  EXPECT_EQ(fifth.error().retry_after_seconds, 15 * 60);
  EXPECT_EQ(auth_->Login("NADIE", "wrong password!", kOffice).error().kind, Error::Kind::kTooManyAttempts);
}

TEST_F(AuthServiceTest, FailuresFromOneAddressDoNotLockTheAccountElsewhere) {
  for (int i = 0; i < 5; ++i) ASSERT_FALSE(auth_->Login("sofia", "wrong password!", "203.0.113.9").has_value());
  EXPECT_EQ(auth_->Login("sofia", "secretary password", "203.0.113.9").error().kind, Error::Kind::kTooManyAttempts);
  EXPECT_TRUE(auth_->Login("sofia", "secretary password", kOffice).has_value()) << "the owner, elsewhere";
}

TEST_F(AuthServiceTest, GuessingFromManyAddressesLocksTheNameExceptAtItsKnownPlaces) {
  ASSERT_TRUE(auth_->Login("admin", "admin password 1", kOffice).has_value());  // the office is a known place
  // 50 failures from ten addresses, none of them locked on its own (5 each would be).
  for (int i = 0; i < 50; ++i) {
    auto attempt = auth_->Login("admin", "wrong password!", "198.51.100." + std::to_string(i % 25));
    ASSERT_FALSE(attempt.has_value());
    if (i < 49) ASSERT_EQ(attempt.error().kind, Error::Kind::kUnauthenticated) << "attempt " << i;
    else EXPECT_EQ(attempt.error().kind, Error::Kind::kTooManyAttempts) << "the 50th locks the name";
  }
  EXPECT_EQ(auth_->Login("admin", "admin password 1", "192.0.2.1").error().kind, Error::Kind::kTooManyAttempts)
      << "a new place waits";
  EXPECT_TRUE(auth_->Login("admin", "admin password 1", kOffice).has_value()) << "the admin's office still signs in";
}

TEST_F(AuthServiceTest, ASuccessResetsTheFailureCount) {
  for (int i = 0; i < 4; ++i) ASSERT_FALSE(auth_->Login("sofia", "wrong password!", kOffice).has_value());
  ASSERT_TRUE(auth_->Login("sofia", "secretary password", kOffice).has_value());
  for (int i = 0; i < 4; ++i) {
    auto attempt = auth_->Login("sofia", "wrong password!", kOffice);
    EXPECT_EQ(attempt.error().kind, Error::Kind::kUnauthenticated) << "attempt " << i;
  }
}

TEST_F(AuthServiceTest, SessionsEndOnLogoutIdleTimeoutLifetimeAndDeactivation) {
  auto admin = auth_->Authenticate(auth_->Login("admin", "admin password 1", kOffice)->token).value();

  auto a = auth_->Login("sofia", "secretary password", kOffice).value();
  ASSERT_TRUE(auth_->Logout(auth_->Authenticate(a.token).value()).has_value());
  EXPECT_FALSE(auth_->Authenticate(a.token).has_value()) << "logout";

  auto b = auth_->Login("sofia", "secretary password", kOffice).value();
  Sql("UPDATE sessions SET last_seen_at = now() - interval '31 minutes'");
  EXPECT_FALSE(auth_->Authenticate(b.token).has_value()) << "idle timeout";

  auto c = auth_->Login("sofia", "secretary password", kOffice).value();
  Sql("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = " + std::to_string(secretary_id_));
  EXPECT_FALSE(auth_->Authenticate(c.token).has_value()) << "absolute lifetime";

  auto d = auth_->Login("sofia", "secretary password", kOffice).value();
  ASSERT_TRUE(users_->Deactivate(admin, secretary_id_).has_value());
  EXPECT_FALSE(auth_->Authenticate(d.token).has_value()) << "deactivation";
  EXPECT_FALSE(auth_->Login("sofia", "secretary password", kOffice).has_value()) << "deactivated users cannot sign in";
}

TEST_F(AuthServiceTest, ChangingThePasswordKeepsThisSessionAndEndsTheOthers) {
  auto here = auth_->Login("sofia", "secretary password", kOffice).value();
  auto elsewhere = auth_->Login("sofia", "secretary password", kOffice).value();
  auto me = auth_->Authenticate(here.token).value();

  auto wrong = auth_->ChangePassword(me, "not my password", "a brand new password");
  ASSERT_FALSE(wrong.has_value());
  EXPECT_EQ(wrong.error().fields.at(0).field, "current_password");
  auto short_one = auth_->ChangePassword(me, "secretary password", "short");
  ASSERT_FALSE(short_one.has_value());
  EXPECT_EQ(short_one.error().fields.at(0).field, "new_password");

  ASSERT_TRUE(auth_->ChangePassword(me, "secretary password", "a brand new password").has_value());
  EXPECT_TRUE(auth_->Authenticate(here.token).has_value());
  EXPECT_FALSE(auth_->Authenticate(elsewhere.token).has_value());
  EXPECT_FALSE(auth_->Login("sofia", "secretary password", kOffice).has_value());
  EXPECT_TRUE(auth_->Login("sofia", "a brand new password", kOffice).has_value());
  EXPECT_EQ(AuditCount("auth.password_changed"), 1);
}

}  // namespace
}  // namespace healthpulse
