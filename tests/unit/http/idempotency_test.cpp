#include <map>
#include <vector>

#include <gtest/gtest.h>

#include "http/idempotency.h"
#include "http/json_io.h"
#include "http/router.h"

namespace healthpulse::http {
namespace {

Result<Principal> Sessions(std::string_view token) {
  if (token == "ana") return Principal{1, "ana", Role::kSecretary, "h1"};
  if (token == "beto") return Principal{2, "beto", Role::kSecretary, "h2"};
  return Fail(Error::Unauthenticated());
}

// The store's contract over a map, as the PostgreSQL store keeps it in a table.
class MemoryStore : public IdempotencyStore {
 public:
  struct Row {
    std::string fingerprint;
    std::optional<Response> answer;
  };
  Result<IdempotencyClaim> Claim(std::int64_t user, const std::string& key, const std::string& fingerprint) override {
    auto [it, inserted] = rows.try_emplace({user, key}, Row{fingerprint, std::nullopt});
    IdempotencyClaim claim;
    if (inserted) return claim;
    if (it->second.fingerprint != fingerprint) claim.state = IdempotencyClaim::State::kMismatch;
    else if (!it->second.answer) claim.state = IdempotencyClaim::State::kInFlight;
    else claim = {IdempotencyClaim::State::kAnswered, *it->second.answer};
    return claim;
  }
  void Record(std::int64_t user, const std::string& key, const Response& answer) override {
    rows[{user, key}].answer = answer;
  }
  void Release(std::int64_t user, const std::string& key) override { rows.erase({user, key}); }
  std::map<std::pair<std::int64_t, std::string>, Row> rows;
};

class IdempotencyTest : public ::testing::Test {
 protected:
  IdempotencyTest() : router_(Sessions) {
    router_.Add("POST", "/api/v1/things", Access::SignedIn(), [this](RouteContext&) {
      ++created_;
      return JsonResponse(fail_next_ ? 503 : 201, {{"id", created_}});
    });
    router_.Add("POST", "/api/v1/open", Access::Public(), [this](RouteContext&) {
      ++created_;
      return JsonResponse(200, {{"n", created_}});
    });
    router_.SetIdempotencyStore(&store_);
  }

  Response Post(const std::string& path, const std::string& token, const std::string& key,
                const std::string& body = "{\"a\":1}") {
    Request r;
    r.method = "POST";
    r.path = path;
    r.body = body;
    r.headers["content-type"] = "application/json";
    if (!token.empty()) r.headers["authorization"] = "Bearer " + token;
    if (!key.empty()) r.headers["idempotency-key"] = key;
    return router_.Dispatch(r).response;
  }

  MemoryStore store_;
  Router router_;
  int created_ = 0;
  bool fail_next_ = false;
};

TEST_F(IdempotencyTest, ARepeatGetsTheFirstAnswerAndRunsNothing) {
  auto first = Post("/api/v1/things", "ana", "k-1");
  auto again = Post("/api/v1/things", "ana", "k-1");
  EXPECT_EQ(first.status, 201);
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(created_, 1);
  bool replayed = false;
  for (const auto& [name, value] : again.headers) replayed = replayed || (name == "Idempotent-Replayed" && value == "true");
  EXPECT_TRUE(replayed);
}

TEST_F(IdempotencyTest, KeysBelongToTheirUserAndOtherKeysRunAgain) {
  Post("/api/v1/things", "ana", "k-1");
  EXPECT_EQ(Post("/api/v1/things", "beto", "k-1").body, "{\"id\":2}") << "beto's k-1 is not ana's";
  EXPECT_EQ(Post("/api/v1/things", "ana", "k-2").body, "{\"id\":3}");
  EXPECT_EQ(Post("/api/v1/things", "ana", "").body, "{\"id\":4}") << "no key, no replay";
  EXPECT_EQ(created_, 4);
}

TEST_F(IdempotencyTest, TheSameKeyForADifferentRequestIs422) {
  Post("/api/v1/things", "ana", "k-1", "{\"a\":1}");
  auto other = Post("/api/v1/things", "ana", "k-1", "{\"a\":2}");
  EXPECT_EQ(other.status, 422);
  EXPECT_NE(other.body.find("Idempotency-Key"), std::string::npos);
  EXPECT_EQ(created_, 1);
}

TEST_F(IdempotencyTest, ARequestStillRunningIs409) {
  ASSERT_EQ(store_.Claim(1, "k-1", RequestFingerprint([] {
                           Request r;
                           r.method = "POST";
                           r.path = "/api/v1/things";
                           r.body = "{\"a\":1}";
                           return r;
                         }()))->state,
            IdempotencyClaim::State::kClaimed);
  EXPECT_EQ(Post("/api/v1/things", "ana", "k-1").status, 409);
  EXPECT_EQ(created_, 0);
}

TEST_F(IdempotencyTest, AServerErrorIsNotReplayed) {
  fail_next_ = true;
  EXPECT_EQ(Post("/api/v1/things", "ana", "k-1").status, 503);
  fail_next_ = false;
  EXPECT_EQ(Post("/api/v1/things", "ana", "k-1").status, 201) << "the retry runs";
  EXPECT_EQ(created_, 2);
}

TEST_F(IdempotencyTest, BadKeysAre422AndPublicRoutesIgnoreTheHeader) {
  for (const std::string& bad : std::vector<std::string>{std::string(201, 'x'), std::string("with space"), std::string("tab\there"),
                                std::string("\xc3\xb1")}) {
    auto res = Post("/api/v1/things", "ana", bad);
    EXPECT_EQ(res.status, 422) << bad;
  }
  EXPECT_EQ(created_, 0);
  Post("/api/v1/open", "", "k-1");
  Post("/api/v1/open", "", "k-1");
  EXPECT_EQ(created_, 2);
  EXPECT_EQ(Post("/api/v1/things", "", "k-1").status, 401) << "the key is no way around signing in";
}

}  // namespace
}  // namespace healthpulse::http
