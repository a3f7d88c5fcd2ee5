#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/json_io.h"
#include "http/problem.h"
#include "http/router.h"

namespace healthpulse::http {
namespace {

// Tokens "admin-token" and "patient-token" belong to an admin and a patient.
Result<Principal> FakeSessions(std::string_view token) {
  if (token == "admin-token") return Principal{1, "admin", Role::kAdmin, "h1"};
  if (token == "patient-token") return Principal{2, "paciente", Role::kPatient, "h2"};
  return Fail(Error::Unauthenticated());
}

Router MakeRouter() {
  Router router(FakeSessions);
  router.Add("GET", "/api/v1/open", Access::Public(), [](RouteContext&) { return JsonResponse(200, {{"ok", 1}}); });
  router.Add("GET", "/api/v1/things/{id}", Access::SignedIn(), [](RouteContext& ctx) {
    auto id = ctx.IdParam("id");
    if (!id) return JsonResponse(404, {});
    return JsonResponse(200, {{"id", *id}, {"by", ctx.caller().username}});
  });
  router.Add("POST", "/api/v1/admin-only", Access::Require(Capability::kManageUsers),
             [](RouteContext&) { return NoContent(); });
  router.Add("GET", "/api/v1/boom", Access::Public(),
             [](RouteContext&) -> Response { throw std::runtime_error("bug"); });
  return router;
}

Request Make(std::string method, std::string path, std::string token = "") {
  Request r;
  r.method = std::move(method);
  r.path = std::move(path);
  r.request_id = "test";
  if (!token.empty()) r.headers["authorization"] = "Bearer " + token;
  return r;
}

TEST(Router, AnswersByMatchAuthenticationAndRole) {
  auto router = MakeRouter();
  struct Row {
    const char* method;
    const char* path;
    const char* token;
    int status;
  } rows[] = {
      {"GET", "/api/v1/open", "", 200},
      {"GET", "/api/v1/things/7", "patient-token", 200},
      {"GET", "/api/v1/things/7", "", 401},
      {"GET", "/api/v1/things/7", "stolen-token", 401},
      {"GET", "/api/v1/things/abc", "admin-token", 404},
      {"DELETE", "/api/v1/things/7", "admin-token", 405},
      {"POST", "/api/v1/admin-only", "patient-token", 403},
      {"POST", "/api/v1/admin-only", "admin-token", 204},
      {"GET", "/api/v1/nowhere", "admin-token", 404},
      {"GET", "/api/v1/boom", "", 500},
  };
  for (const auto& row : rows) {
    auto outcome = router.Dispatch(Make(row.method, row.path, row.token));
    EXPECT_EQ(outcome.response.status, row.status) << row.method << " " << row.path << " token=" << row.token;
  }
}

TEST(Router, PassesPathParametersAndCaller) {
  auto router = MakeRouter();
  auto outcome = router.Dispatch(Make("GET", "/api/v1/things/42", "admin-token"));
  auto body = nlohmann::json::parse(outcome.response.body);
  EXPECT_EQ(body["id"], 42);
  EXPECT_EQ(body["by"], "admin");
  EXPECT_EQ(outcome.route, "/api/v1/things/{id}");
}

TEST(Router, FallbackServesOnlyNonApiGets) {
  auto router = MakeRouter();
  router.SetFallback([](RouteContext&) { return Response{200, "text/html", "<app>", {}, {}}; });
  EXPECT_EQ(router.Dispatch(Make("GET", "/users/3")).response.body, "<app>");
  EXPECT_EQ(router.Dispatch(Make("GET", "/api/v1/unknown")).response.status, 404);
  EXPECT_EQ(router.Dispatch(Make("POST", "/users")).response.status, 404);
}

TEST(JsonBody, RefusesWrongTypeMalformedAndNonObjects) {
  struct Row {
    const char* content_type;
    const char* body;
    int status;
  } rows[] = {
      {"text/plain", "{}", 415}, {"application/json", "{bad", 400}, {"application/json", "[1]", 400},
      {"application/json; charset=utf-8", "{\"a\":1}", 0}, {"Application/JSON; charset=UTF-8", "{}", 0},
      {"application/json; charset=latin1", "{}", 415}, {"application/jsonx", "{}", 415},
      {"application/json-patch+json", "{}", 415}, {"application/json", "{\"a\":\"\xFF\"}", 400},
  };
  for (const auto& row : rows) {
    Request r = Make("POST", "/x");
    r.headers["content-type"] = row.content_type;
    r.body = row.body;
    auto parsed = ParseJsonObject(r);
    if (row.status == 0) {
      EXPECT_TRUE(parsed.has_value()) << row.body;
    } else {
      ASSERT_FALSE(parsed.has_value()) << row.body;
      EXPECT_EQ(StatusFor(parsed.error().kind), row.status) << row.body;
    }
  }
}

Request FromTarget(std::string method, std::string_view target, std::string token = "admin-token") {
  auto parsed = ParseTarget(target);
  EXPECT_TRUE(parsed.has_value()) << target;
  Request r = Make(std::move(method), parsed->path, std::move(token));
  r.segments = parsed->segments;
  r.query = parsed->query;
  r.query_pairs = parsed->query_pairs;
  return r;
}

TEST(Router, AnEncodedSlashNeverReachesAnotherRoute) {
  Router router(FakeSessions);
  bool deactivated = false;
  router.Add("GET", "/api/v1/users/{id}", Access::SignedIn(), [](RouteContext& ctx) {
    auto id = ctx.IdParam("id");
    return id ? JsonResponse(200, {{"id", *id}}) : ProblemResponse(id.error());
  });
  router.Add("POST", "/api/v1/users/{id}/deactivate", Access::SignedIn(), [&deactivated](RouteContext&) {
    deactivated = true;
    return NoContent();
  });
  EXPECT_EQ(router.Dispatch(FromTarget("POST", "/api/v1/users/1%2Fdeactivate")).response.status, 405);
  EXPECT_EQ(router.Dispatch(FromTarget("GET", "/api/v1/users/1%2Fdeactivate")).response.status, 404);
  EXPECT_FALSE(deactivated);
  EXPECT_EQ(router.Dispatch(FromTarget("POST", "/api/v1/users/1/deactivate")).response.status, 204);
  EXPECT_TRUE(deactivated);
}

TEST(Router, RefusesQueriesAndPathsThatAreNotUtf8Text) {
  auto router = MakeRouter();
  struct Row {
    const char* target;
    int status;
    const char* field;
  } rows[] = {
      {"/api/v1/open?q=%FF", 422, "q"},
      {"/api/v1/open?q=a%00b", 422, "q"},
      {"/api/v1/open?q=a%0Ab", 422, "q"},
      {"/api/v1/open?%FF=1", 422, "query"},
      {"/api/v1/things/%FF", 400, "path"},
      {"/api/v1/things/1%00", 400, "path"},
      {"/api/v1/open?q=Mar%C3%ADa", 200, ""},
  };
  for (const auto& row : rows) {
    auto outcome = router.Dispatch(FromTarget("GET", row.target));
    EXPECT_EQ(outcome.response.status, row.status) << row.target;
    if (row.status == 200) continue;
    EXPECT_EQ(outcome.response.content_type, "application/problem+json") << row.target;
    auto body = nlohmann::json::parse(outcome.response.body);
    ASSERT_TRUE(body.contains("errors")) << row.target;
    EXPECT_EQ(body["errors"][0]["field"], row.field) << row.target;
  }
  auto long_query = FromTarget("GET", "/api/v1/open?q=" + std::string(501, 'a'));
  EXPECT_EQ(router.Dispatch(long_query).response.status, 422);
  // Every value of a repeated parameter is checked, not only the last one kept.
  EXPECT_EQ(router.Dispatch(FromTarget("GET", "/api/v1/open?q=%FF&q=ok")).response.status, 422);
}

// A route signed by Twilio takes no session: the router's signature check decides, and
// without one every request is refused.
TEST(Router, SignedByTwilioRoutesPassOnlyTheSignatureCheck) {
  Router router(FakeSessions);
  bool ran = false;
  router.Add("POST", "/api/v1/hook", Access::SignedByTwilio(), [&ran](RouteContext& ctx) {
    ran = true;
    EXPECT_FALSE(ctx.principal.has_value());
    return NoContent();
  });
  auto signed_request = Make("POST", "/api/v1/hook");
  signed_request.headers["x-twilio-signature"] = "good";
  EXPECT_EQ(router.Dispatch(signed_request).response.status, 403) << "no check configured";
  EXPECT_FALSE(ran);
  router.SetTwilioSignatureCheck([](const Request& r) { return r.Header("x-twilio-signature") == "good"; });
  auto forged = Make("POST", "/api/v1/hook", "admin-token");  // a session is no substitute
  forged.headers["x-twilio-signature"] = "bad";
  EXPECT_EQ(router.Dispatch(forged).response.status, 403);
  EXPECT_FALSE(ran);
  EXPECT_EQ(router.Dispatch(signed_request).response.status, 204);
  EXPECT_TRUE(ran);
  EXPECT_EQ(Access::SignedByTwilio().Describe(), "signed_by_twilio");
}

TEST(FieldReader, EnforcesEachFieldsTextRule) {
  auto body = nlohmann::json{{"name", std::string("Ana\0B", 5)},
                             {"city", "Mar del\nPlata"},
                             {"notes", "línea 1\nlínea 2\tfin"},
                             {"code", "ABCDEF"},
                             {"phone", "12\x01"},
                             {"ok", "Ñandú"}};
  FieldReader fields(body);
  EXPECT_FALSE(fields.String("name", false, Line(100)).has_value());
  EXPECT_FALSE(fields.String("city", false, Line(100)).has_value());
  EXPECT_EQ(fields.String("notes", false, FreeText(100)), "línea 1\nlínea 2\tfin");
  EXPECT_FALSE(fields.String("code", false, Line(5)).has_value());
  EXPECT_TRUE(fields.Clearable("phone", Line(32)).has_value());  // present, but rejected below
  EXPECT_EQ(fields.String("ok", false, Line(5)), "Ñandú");
  auto result = fields.Finish();
  ASSERT_FALSE(result.has_value());
  std::vector<std::string> named;
  for (const auto& e : result.error().fields) named.push_back(e.field);
  EXPECT_EQ(named, (std::vector<std::string>{"name", "city", "code", "phone"}));
}

TEST(FieldReader, DefaultRuleStillRefusesControlsAndHugeTexts) {
  auto body = nlohmann::json{{"username", std::string("admin\0", 6)}, {"password", std::string(1025, 'x')}};
  FieldReader fields(body);
  fields.String("username", true);
  fields.String("password", true);
  auto result = fields.Finish();
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().fields.size(), 2u);
}

TEST(FieldReader, RequireChangeRefusesAPatchWithNothingKnown) {
  struct Row {
    const char* body;
    bool refused;
  } rows[] = {
      {"{}", true}, {"{\"unknown\": 1}", true}, {"{\"name\": null}", true}, {"{\"name\": \"x\"}", false},
      {"{\"phone\": null}", false}, {"{\"active\": false}", false},
  };
  for (const auto& row : rows) {
    auto body = nlohmann::json::parse(row.body);
    FieldReader fields(body);
    fields.String("name");
    fields.Clearable("phone");
    fields.Bool("active");
    fields.RequireChange();
    auto result = fields.Finish();
    EXPECT_EQ(!result.has_value(), row.refused) << row.body;
    if (!result) {
      EXPECT_EQ(result.error().fields.at(0).field, "body") << row.body;
    }
  }
}

TEST(FieldReader, CollectsEveryBadField) {
  auto body = nlohmann::json{{"name", 5}, {"active", "yes"}, {"age", 1.5}};
  FieldReader fields(body);
  fields.String("name");
  fields.Bool("active");
  fields.Integer("age");
  fields.String("missing", true);
  auto result = fields.Finish();
  ASSERT_FALSE(result.has_value());
  ASSERT_EQ(result.error().fields.size(), 4u);
  EXPECT_EQ(result.error().fields[0].field, "name");
  EXPECT_EQ(result.error().fields[3].field, "missing");
}

}  // namespace
}  // namespace healthpulse::http
