#include "modules/users/user_service.h"
#include "test_database.h"

namespace healthpulse {
namespace {

class UserServiceTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    db_ = std::make_unique<db::Database>(url_, 2);
    service_ = std::make_unique<users::UserService>(*db_, cache_);
    admin_ = Principal{Create("admin", Role::kAdmin).id, "admin", Role::kAdmin, "hash"};
  }
  void TearDown() override {
    service_.reset();
    db_.reset();
    DatabaseTest::TearDown();
  }
  users::User Create(const std::string& username, Role role) {
    auto user = service_->Create(SystemPrincipal("test"),
                                 {username, "long enough password", username + " Name", std::nullopt, std::nullopt, role, {}, "", std::nullopt});
    EXPECT_TRUE(user.has_value()) << username;
    return *user;
  }

  auth::SessionCache cache_{100, std::chrono::seconds(30)};
  std::unique_ptr<db::Database> db_;
  std::unique_ptr<users::UserService> service_;
  Principal admin_;
};

TEST_F(UserServiceTest, UsernamesAreUniqueRegardlessOfCase) {
  Create("maria", Role::kDoctor);
  auto again = service_->Create(admin_, {"MARIA", "long enough password", "Otra María", std::nullopt, std::nullopt,
                                         Role::kPatient, {}, "", std::nullopt});
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().kind, Error::Kind::kConflict);
  ASSERT_EQ(again.error().fields.size(), 1u);
  EXPECT_EQ(again.error().fields[0].field, "username");
}

TEST_F(UserServiceTest, OnlyAdminsManageUsers) {
  auto secretary = Create("sofia", Role::kSecretary);
  Principal as_secretary{secretary.id, "sofia", Role::kSecretary, "h"};
  EXPECT_EQ(service_->List(as_secretary, {}).error().kind, Error::Kind::kForbidden);
  EXPECT_EQ(service_->Create(as_secretary, {"x12", "long enough password", "X", {}, {}, Role::kAdmin, {}, "", std::nullopt}).error().kind,
            Error::Kind::kForbidden);
  // Anyone may read themself; another user's account is not found.
  EXPECT_TRUE(service_->Get(as_secretary, secretary.id).has_value());
  EXPECT_EQ(service_->Get(as_secretary, admin_.user_id).error().kind, Error::Kind::kNotFound);
}

TEST_F(UserServiceTest, ListsPageByPageWithFilters) {
  for (int i = 0; i < 5; ++i) Create("doctor" + std::to_string(i), Role::kDoctor);
  users::UserFilter filter;
  filter.role = Role::kDoctor;
  filter.page.limit = 2;
  std::vector<std::string> seen;
  for (int pages = 0; pages < 10; ++pages) {
    auto page = service_->List(admin_, filter).value();
    for (const auto& u : page.items) seen.push_back(u.username);
    if (!page.next_cursor) break;
    filter.page.cursor_id = DecodeCursor(*page.next_cursor);
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"doctor0", "doctor1", "doctor2", "doctor3", "doctor4"}));
  filter = {};
  filter.q = "OCTOR3";
  auto found = service_->List(admin_, filter).value();
  ASSERT_EQ(found.items.size(), 1u);
  EXPECT_EQ(found.items[0].username, "doctor3");
}

TEST_F(UserServiceTest, UpdatesAreAuditedWithoutTheirValues) {
  auto user = Create("pablo", Role::kPatient);
  users::UserPatch patch;
  patch.phone = std::optional<std::string>("+54 9 11 4444-5555");
  patch.password = "another long password";
  auto updated = service_->Update(admin_, user.id, patch);
  ASSERT_TRUE(updated.has_value());
  EXPECT_EQ(updated->phone, "+54 9 11 4444-5555");
  auto details = Sql("SELECT details::text FROM audit_events WHERE action = 'user.updated'")[0][0].as<std::string>();
  EXPECT_NE(details.find("password"), std::string::npos);
  EXPECT_EQ(details.find("another long password"), std::string::npos) << details;
  EXPECT_EQ(details.find("4444"), std::string::npos) << details;
}

TEST_F(UserServiceTest, AnAdminCannotLockThemselfOut) {
  auto deactivate = service_->Deactivate(admin_, admin_.user_id);
  ASSERT_FALSE(deactivate.has_value());
  EXPECT_EQ(deactivate.error().kind, Error::Kind::kConflict);
  users::UserPatch demote;
  demote.role = Role::kDoctor;
  EXPECT_EQ(service_->Update(admin_, admin_.user_id, demote).error().kind, Error::Kind::kConflict);
}

TEST_F(UserServiceTest, UnknownUsersAreNotFound) {
  EXPECT_EQ(service_->Get(admin_, 999999).error().kind, Error::Kind::kNotFound);
  EXPECT_EQ(service_->Deactivate(admin_, 999999).error().kind, Error::Kind::kNotFound);
}

}  // namespace
}  // namespace healthpulse
