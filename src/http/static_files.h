#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "http/message.h"

namespace healthpulse::http {

// Serves the built web app from `root`: files by path, hashed files under /assets/ with
// a year-long immutable cache, and index.html (never cached) for any other path so the
// single-page app's routes work on reload.
//
// Only regular files that resolve inside `root` are ever read: the decoded path must be
// relative segments (no empty, "." or ".." segment, no NUL or backslash), and the file's
// canonical path (symlinks resolved) must lie below root's canonical path. Anything else
// is the app's index.html, or 404 under /assets/.
class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);

  Response Serve(const Request& request) const;

  // The file at `relative` below root with its content type, or 404.
  Response ServeFile(const std::string& relative, bool immutable) const;

  // The canonical path of the regular file `relative` names inside root, or nullopt when
  // it names none (malformed, missing, not a regular file, or resolving outside root).
  std::optional<std::filesystem::path> Resolve(const std::string& relative) const;

 private:
  const std::filesystem::path root_;  // canonical when it exists
};

}  // namespace healthpulse::http
