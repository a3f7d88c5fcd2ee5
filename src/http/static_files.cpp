#include "http/static_files.h"

#include <fstream>
#include <sstream>

#include "http/problem.h"

namespace healthpulse::http {
namespace {

std::string ContentType(const std::filesystem::path& path) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json"},
      {".svg", "image/svg+xml"},             {".png", "image/png"},
      {".ico", "image/x-icon"},              {".woff2", "font/woff2"},
      {".map", "application/json"},          {".txt", "text/plain; charset=utf-8"},
  };
  auto ext = path.extension().string();
  for (const auto& [suffix, type] : kTypes) {
    if (ext == suffix) return type;
  }
  return "application/octet-stream";
}

bool IsSafe(const std::string& relative) {
  return relative.find("..") == std::string::npos && relative.find('\0') == std::string::npos;
}

}  // namespace

Response StaticFiles::ServeFile(const std::string& relative, bool immutable) const {
  if (!IsSafe(relative)) return ProblemResponse(404, "", "Not found");
  auto path = root_ / relative;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return ProblemResponse(404, "", "Not found");
  std::ifstream file(path, std::ios::binary);
  std::ostringstream body;
  body << file.rdbuf();
  Response response{200, ContentType(path), body.str(), {}, {}};
  response.headers.emplace_back("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  return response;
}

Response StaticFiles::Serve(const Request& request) const {
  std::string relative = request.path.substr(1);
  if (relative.rfind("assets/", 0) == 0) return ServeFile(relative, true);
  if (!relative.empty() && IsSafe(relative) && std::filesystem::is_regular_file(root_ / relative)) {
    return ServeFile(relative, false);
  }
  auto index = ServeFile("index.html", false);
  if (index.status == 404) {
    return ProblemResponse(404, "", "The web app is not built: run `make run`, or set HEALTHPULSE_WEB_ROOT");
  }
  return index;
}

}  // namespace healthpulse::http
