#include "http/static_files.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "http/accept_encoding.h"
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

// Types worth compressing: the build writes .br and .gz beside these files only.
bool IsText(const std::filesystem::path& path) {
  static const char* const kTextExtensions[] = {".html", ".js", ".css", ".svg", ".json", ".map", ".txt"};
  auto ext = path.extension().string();
  for (const char* text : kTextExtensions) {
    if (ext == text) return true;
  }
  return false;
}

std::optional<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return std::nullopt;
  std::ostringstream body;
  body << file.rdbuf();
  return body.str();
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

Response StaticFiles::ServeFile(const std::string& relative, bool immutable, std::string_view accept_encoding) const {
  auto path = Resolve(relative);
  if (!path) return ProblemResponse(404, "", "Not found");
  const bool text = IsText(*path);
  std::optional<std::string> body;
  const char* coding = nullptr;
  if (text) {
    static const std::pair<const char*, const char*> kCodings[] = {{"br", ".br"}, {"gzip", ".gz"}};
    for (const auto& [name, suffix] : kCodings) {
      if (!AcceptsEncoding(accept_encoding, name)) continue;
      // The sibling goes through Resolve too: it must itself be a regular file inside root.
      auto sibling = Resolve(relative + suffix);
      if (!sibling) continue;
      body = ReadFile(*sibling);
      if (body) {
        coding = name;
        break;
      }
    }
  }
  if (!body) body = ReadFile(*path);
  if (!body) return ProblemResponse(404, "", "Not found");
  Response response{200, ContentType(*path), std::move(*body), {}, {}};
  response.headers.emplace_back("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (coding) response.headers.emplace_back("Content-Encoding", coding);
  if (text) response.headers.emplace_back("Vary", "Accept-Encoding");
  return response;
}

Response StaticFiles::Serve(const Request& request) const {
  std::string relative = request.path.rfind('/', 0) == 0 ? request.path.substr(1) : request.path;
  const std::string accept_encoding = request.Header("accept-encoding").value_or("");
  if (relative.rfind("assets/", 0) == 0) return ServeFile(relative, true, accept_encoding);
  if (Resolve(relative)) return ServeFile(relative, false, accept_encoding);
  auto index = ServeFile("index.html", false, accept_encoding);
  if (index.status == 404) {
    return ProblemResponse(404, "", "The web app is not built: run `make run`, or set HEALTHPULSE_WEB_ROOT");
  }
  return index;
}

}  // namespace healthpulse::http
