#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.h"

namespace healthpulse::http {

// Serves the built web app from `root`: files by path, hashed files under /assets/ with
// a year-long immutable cache, and index.html (never cached) for any other path so the
// single-page app's routes work on reload.
//
// Text files (HTML, JavaScript, CSS, SVG, JSON, source maps, plain text) are compressed at
// build time beside themselves ("app.js.br", "app.js.gz"). When the request's
// Accept-Encoding accepts brotli (preferred) or gzip and that sibling exists, it is sent
// instead with Content-Encoding; every text file's response carries
// "Vary: Accept-Encoding" so caches keep the variants apart.
//
// Only regular files that resolve inside `root` are ever read: the decoded path must be
// relative segments (no empty, "." or ".." segment, no NUL or backslash), and the file's
// canonical path (symlinks resolved) must lie below root's canonical path. Anything else
// is the app's index.html, or 404 under /assets/.
class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);

  Response Serve(const Request& request) const;

  // The file at `relative` below root with its content type, or 404; precompressed in
  // the best coding `accept_encoding` (the request's Accept-Encoding value) accepts.
  Response ServeFile(const std::string& relative, bool immutable, std::string_view accept_encoding = {}) const;

  // The canonical path of the regular file `relative` names inside root, or nullopt when
  // it names none (malformed, missing, not a regular file, or resolving outside root).
  std::optional<std::filesystem::path> Resolve(const std::string& relative) const;

 private:
  const std::filesystem::path root_;  // canonical when it exists
};

}  // namespace healthpulse::http
