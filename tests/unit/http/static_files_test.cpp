#include "http/static_files.h"

#include <fstream>
#include <optional>
#include <vector>

#include <unistd.h>

#include <gtest/gtest.h>

#include "http/message.h"

namespace healthpulse::http {
namespace {

namespace fs = std::filesystem;

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

// A web root with an app, a secret beside it, and symlinks that point out of it.
class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("healthpulse-static-" + std::to_string(::getpid()));
    fs::remove_all(base_);
    Write(base_ / "web/index.html", "INDEX");
    Write(base_ / "web/assets/app.js", "APP");
    Write(base_ / "web/robots.txt", "ROBOTS");
    Write(base_ / "secret.txt", "SECRET");
    Write(base_ / "webx/other.txt", "SECRET");  // shares the root's name as a prefix
    fs::create_symlink(base_ / "secret.txt", base_ / "web/link-out.txt");
    fs::create_symlink("/etc", base_ / "web/etc");
    fs::create_symlink(base_ / "web/robots.txt", base_ / "web/link-in.txt");
    fs::create_directories(base_ / "web/adir");
  }
  void TearDown() override { fs::remove_all(base_); }

  Response Get(const std::string& target, const std::string& accept_encoding = "") const {
    auto parsed = ParseTarget(target);
    EXPECT_TRUE(parsed) << target;
    Request request;
    request.method = "GET";
    request.path = parsed ? parsed->path : "/";
    if (!accept_encoding.empty()) request.headers["accept-encoding"] = accept_encoding;
    return StaticFiles(base_ / "web").Serve(request);
  }

  fs::path base_;
};

TEST_F(StaticFilesTest, ServesFilesOfTheApp) {
  EXPECT_EQ(Get("/assets/app.js").body, "APP");
  EXPECT_EQ(Get("/robots.txt").body, "ROBOTS");
  EXPECT_EQ(Get("/").body, "INDEX");
  EXPECT_EQ(Get("/patients/12").body, "INDEX") << "app routes get the page";
  EXPECT_EQ(Get("/link-in.txt").body, "ROBOTS") << "a symlink inside the root is fine";
}

TEST_F(StaticFilesTest, NeverReadsOutsideTheRoot) {
  const std::string escapes[] = {
      "//etc/passwd",          "/%2Fetc/passwd",          "/%2fetc%2fpasswd",        "///etc/passwd",
      "/../secret.txt",        "/..%2Fsecret.txt",        "/%2E%2E/secret.txt",      "/%2e%2e%2fsecret.txt",
      "/assets/../../secret.txt", "/assets/%2E%2E/%2E%2E/secret.txt", "/./../secret.txt", "/..\\secret.txt",
      "/%5C..%5Csecret.txt",   "/%252E%252E/secret.txt",  "/link-out.txt",           "/etc/passwd",
      "/etc/hostname",         "/assets/../link-out.txt", "/%00/etc/passwd",         "/robots.txt%00.html",
      "//proc/self/environ",   "/%2Fproc%2Fself%2Fenviron", "/../webx/other.txt",    "/adir",
      "/assets//etc/passwd",   "/assets/%2Fetc%2Fpasswd", "/assets/",                "/./robots.txt/..",
  };
  for (const auto& target : escapes) {
    auto response = Get(target);
    EXPECT_NE(response.body, "SECRET") << target;
    EXPECT_EQ(response.body.find("root:"), std::string::npos) << target;
    EXPECT_TRUE(response.status == 404 || response.body == "INDEX") << target << " → " << response.status;
  }
}

TEST_F(StaticFilesTest, AssetsThatDoNotExistAre404NotThePage) {
  EXPECT_EQ(Get("/assets/missing.js").status, 404);
  EXPECT_EQ(Get("/assets/../../secret.txt").status, 404);
}

std::optional<std::string> HeaderOf(const Response& response, const std::string& name) {
  for (const auto& [key, value] : response.headers) {
    if (key == name) return value;
  }
  return std::nullopt;
}

// The build writes app.js.br and app.js.gz beside app.js; robots.txt has only a .gz; the
// image has none, and a .br that is a symlink out of the root is never followed.
TEST_F(StaticFilesTest, SendsThePrecompressedFileTheClientAccepts) {
  Write(base_ / "web/assets/app.js.br", "APP-BR");
  Write(base_ / "web/assets/app.js.gz", "APP-GZ");
  Write(base_ / "web/index.html.br", "INDEX-BR");
  Write(base_ / "web/robots.txt.gz", "ROBOTS-GZ");
  Write(base_ / "web/logo.png", "PNG");
  Write(base_ / "web/logo.png.gz", "PNG-GZ");
  fs::create_symlink(base_ / "secret.txt", base_ / "web/robots.txt.br");
  struct Case {
    std::string target, accept, body, encoding;
  };
  const Case cases[] = {
      {"/assets/app.js", "", "APP", ""},
      {"/assets/app.js", "gzip, deflate, br", "APP-BR", "br"},
      {"/assets/app.js", "gzip", "APP-GZ", "gzip"},
      {"/assets/app.js", "br;q=0, gzip;q=0.5", "APP-GZ", "gzip"},
      {"/assets/app.js", "identity", "APP", ""},
      {"/assets/app.js", "*", "APP-BR", "br"},
      {"/assets/app.js", "*, br;q=0, gzip;q=0", "APP", ""},
      {"/patients/12", "br", "INDEX-BR", "br"},
      {"/patients/12", "gzip", "INDEX", ""},
      {"/robots.txt", "br, gzip", "ROBOTS-GZ", "gzip"},
      {"/logo.png", "gzip", "PNG", ""},
  };
  for (const auto& c : cases) {
    auto response = Get(c.target, c.accept);
    EXPECT_EQ(response.status, 200) << c.target << " with " << c.accept;
    EXPECT_EQ(response.body, c.body) << c.target << " with " << c.accept;
    EXPECT_EQ(HeaderOf(response, "Content-Encoding").value_or(""), c.encoding) << c.target << " with " << c.accept;
  }
  EXPECT_EQ(HeaderOf(Get("/assets/app.js", "br"), "Vary").value_or(""), "Accept-Encoding");
  EXPECT_EQ(HeaderOf(Get("/assets/app.js"), "Vary").value_or(""), "Accept-Encoding") << "the plain one varies too";
  EXPECT_FALSE(HeaderOf(Get("/logo.png", "gzip"), "Vary")) << "images are never compressed";
  EXPECT_EQ(Get("/assets/app.js", "br").content_type, "text/javascript; charset=utf-8") << "the type of what it decodes to";
}

TEST_F(StaticFilesTest, HashedAssetsAreImmutableAndThePageIsRevalidated) {
  EXPECT_EQ(HeaderOf(Get("/assets/app.js", "br"), "Cache-Control").value_or(""), "public, max-age=31536000, immutable");
  EXPECT_EQ(HeaderOf(Get("/patients/12"), "Cache-Control").value_or(""), "no-cache");
  EXPECT_EQ(HeaderOf(Get("/"), "Cache-Control").value_or(""), "no-cache");
}

TEST_F(StaticFilesTest, ResolveAcceptsOnlyPlainRelativePathsInside) {
  StaticFiles web(base_ / "web");
  EXPECT_TRUE(web.Resolve("robots.txt"));
  EXPECT_TRUE(web.Resolve("assets/app.js"));
  for (const std::string& bad : std::vector<std::string>{"", "/etc/passwd", "assets//app.js", "./robots.txt", "assets/./app.js",
                                "../secret.txt", "adir", "link-out.txt", "etc/passwd", std::string("robots.txt\0x", 12)}) {
    EXPECT_FALSE(web.Resolve(bad)) << bad;
  }
}

}  // namespace
}  // namespace healthpulse::http
