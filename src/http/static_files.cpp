#include "http/static_files.h"

#include <algorithm>
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

// True when `relative` is one or more plain segments: "a/b.js", never "/a", "a//b",
// "./a", "a/..", "a\\b" or a NUL (an absolute or escaping path joined onto the root
// would name a file outside it).
bool IsPlainRelative(std::string_view relative) {
  if (relative.empty()) return false;
  if (relative.find('\0') != std::string_view::npos || relative.find('\\') != std::string_view::npos) return false;
  std::size_t start = 0;
  while (true) {
    auto slash = relative.find('/', start);
    auto segment = relative.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

// True when `path` lies strictly below `root` (both canonical).
bool IsBelow(const std::filesystem::path& path, const std::filesystem::path& root) {
  auto [root_end, path_it] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return root_end == root.end() && path_it != path.end();
}

std::filesystem::path CanonicalRoot(const std::filesystem::path& root) {
  std::error_code ec;
  auto canonical = std::filesystem::canonical(root, ec);
  return ec ? std::filesystem::absolute(root).lexically_normal() : canonical;
}

}  // namespace

StaticFiles::StaticFiles(std::filesystem::path root) : root_(CanonicalRoot(root)) {}

std::optional<std::filesystem::path> StaticFiles::Resolve(const std::string& relative) const {
  if (!IsPlainRelative(relative)) return std::nullopt;
  std::error_code ec;
  auto path = std::filesystem::canonical(root_ / relative, ec);
  if (ec || !IsBelow(path, root_) || !std::filesystem::is_regular_file(path, ec) || ec) return std::nullopt;
  return path;
}

Response StaticFiles::ServeFile(const std::string& relative, bool immutable) const {
  auto path = Resolve(relative);
  if (!path) return ProblemResponse(404, "", "Not found");
  std::ifstream file(*path, std::ios::binary);
  if (!file) return ProblemResponse(404, "", "Not found");
  std::ostringstream body;
  body << file.rdbuf();
  Response response{200, ContentType(*path), body.str(), {}, {}};
  response.headers.emplace_back("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  return response;
}

Response StaticFiles::Serve(const Request& request) const {
  std::string relative = request.path.rfind('/', 0) == 0 ? request.path.substr(1) : request.path;
  if (relative.rfind("assets/", 0) == 0) return ServeFile(relative, true);
  if (Resolve(relative)) return ServeFile(relative, false);
  auto index = ServeFile("index.html", false);
  if (index.status == 404) {
    return ProblemResponse(404, "", "The web app is not built: run `make run`, or set HEALTHPULSE_WEB_ROOT");
  }
  return index;
}

}  // namespace healthpulse::http
