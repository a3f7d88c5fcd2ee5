#include "app/background_loops.h"

#include <algorithm>

#include <spdlog/spdlog.h>

namespace healthpulse::app {

BackgroundLoops::~BackgroundLoops() { StopAll(); }

void BackgroundLoops::Add(BackgroundLoop& loop) { loops_.push_back(&loop); }

void BackgroundLoops::Add(std::unique_ptr<BackgroundLoop> loop) {
  loops_.push_back(loop.get());
  owned_.push_back(std::move(loop));
}

void BackgroundLoops::StartAll() {
  if (started_) return;
  started_ = true;
  for (auto* loop : loops_) {
    loop->Start();
    spdlog::debug("background: {} started", loop->Name());
  }
}

void BackgroundLoops::StopAll() {
  if (!started_) return;
  started_ = false;
  for (auto it = loops_.rbegin(); it != loops_.rend(); ++it) {
    (*it)->Stop();
    spdlog::debug("background: {} stopped", (*it)->Name());
  }
}

PeriodicLoop::PeriodicLoop(std::string name, std::chrono::milliseconds interval, Pass pass)
    : name_(std::move(name)), interval_(interval), pass_(std::move(pass)) {}

PeriodicLoop::~PeriodicLoop() { Stop(); }

void PeriodicLoop::Start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { Run(); });
}

void PeriodicLoop::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
}

void PeriodicLoop::Run() {
  auto stopping = [this] {
    std::lock_guard lock(mutex_);
    return stopping_;
  };
  while (!stopping()) {
    try {
      pass_(stopping);
    } catch (const std::exception& e) {
      spdlog::warn("{}: pass failed ({})", name_, e.what());
    }
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, interval_, [this] { return stopping_; });
  }
}

bool WorkerInline(const std::string& worker_mode) { return worker_mode != "off"; }

}  // namespace healthpulse::app
