#pragma once

#include <filesystem>
#include <string>

#include "http/message.h"

namespace healthpulse::http {

// Serves the built web app from `root`: files by path, hashed files under /assets/ with
// a year-long immutable cache, and index.html (never cached) for any other path so the
// single-page app's routes work on reload. Paths that try to leave `root` get 404.
class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}

  Response Serve(const Request& request) const;

  // The file at `relative` below root with its content type, or 404.
  Response ServeFile(const std::string& relative, bool immutable) const;

 private:
  const std::filesystem::path root_;
};

}  // namespace healthpulse::http
