#include "live/notification_listener.h"

#include <chrono>

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include "db/connect.h"

namespace healthpulse::live {
namespace {

class Receiver : public pqxx::notification_receiver {
 public:
  Receiver(pqxx::connection_base& connection, const ChannelHandler& handler)
      : pqxx::notification_receiver(connection, handler.first), handle_(handler.second) {}

  void operator()(const std::string& payload, int /*backend_pid*/) override { handle_(payload); }

 private:
  const std::function<void(const std::string&)>& handle_;
};

std::optional<std::int64_t> OptionalId(const nlohmann::json& body, const char* name) {
  if (!body.contains(name) || !body[name].is_number_integer()) return std::nullopt;
  return body[name].get<std::int64_t>();
}

}  // namespace

std::vector<ClinicEvent> ParseClinicEvents(const std::string& payload) {
  auto body = nlohmann::json::parse(payload, nullptr, false);
  std::vector<ClinicEvent> events;
  auto add = [&events](const nlohmann::json& e) {
    if (!e.is_object() || !e.contains("clinic_id") || !e["clinic_id"].is_number_integer()) return;
    events.push_back(ClinicEvent{e["clinic_id"].get<std::int64_t>(), OptionalId(e, "doctor_user_id"),
                                 OptionalId(e, "patient_user_id"), e.dump()});
  };
  if (body.is_array()) {
    for (const auto& e : body) add(e);
  } else {
    add(body);
  }
  return events;
}

NotificationListener::NotificationListener(std::string url, std::vector<ChannelHandler> handlers)
    : url_(std::move(url)), handlers_(std::move(handlers)) {}

NotificationListener::~NotificationListener() { Stop(); }

void NotificationListener::Start() {
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { Run(); });
}

void NotificationListener::Stop() {
  stopping_ = true;
  if (thread_.joinable()) thread_.join();
}

void NotificationListener::Run() {
  while (!stopping_) {
    try {
      auto connection = db::Connect(url_);
      std::vector<std::unique_ptr<Receiver>> receivers;
      for (const auto& handler : handlers_) receivers.push_back(std::make_unique<Receiver>(*connection, handler));
      while (!stopping_) connection->await_notification(0, 250000);  // wake 4× a second to see stopping_
    } catch (const std::exception& e) {
      spdlog::warn("notifications: listener connection lost ({}); retrying", e.what());
      for (int i = 0; i < 10 && !stopping_; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
}

}  // namespace healthpulse::live
