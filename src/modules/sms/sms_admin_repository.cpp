#include "modules/sms/sms_admin_repository.h"

#include <pqxx/pqxx>

#include "db/field.h"

namespace healthpulse::sms {
namespace {

SmsTemplate TemplateFromRow(const pqxx::row& row) {
  return {row["kind"].as<std::string>(), row["body"].as<std::string>(), row["updated_at"].as<std::string>(),
          db::Nullable<std::int64_t>(row["updated_by"]), db::Nullable<std::string>(row["updated_by_name"])};
}

// The scope's clinics as the queries take them: comma-separated ids, NULL for all.
std::optional<std::string> ClinicList(const SummaryScope& scope) {
  if (!scope.clinic_ids) return std::nullopt;
  std::string text;
  for (auto id : *scope.clinic_ids) text += (text.empty() ? "" : ",") + std::to_string(id);
  // No clinic at all (a secretary without clinics) must match nothing, not everything.
  return text.empty() ? std::string("0") : text;
}

}  // namespace

std::vector<SmsTemplate> SmsAdminRepository::ListTemplates() {
  return db::MapRows<SmsTemplate>(tx_.raw().exec_prepared("list_sms_templates"), TemplateFromRow);
}

std::optional<SmsTemplate> SmsAdminRepository::UpdateTemplate(const std::string& kind, const std::string& body,
                                                               std::int64_t user_id) {
  auto rows = tx_.raw().exec_prepared("update_sms_template", kind, body, user_id);
  if (rows.empty()) return std::nullopt;
  return TemplateFromRow(rows[0]);
}

SummaryViewer SmsAdminRepository::LoadViewer(std::int64_t user_id, std::optional<std::int64_t> clinic_id) {
  // One snapshot for the viewer and the counts.
  tx_.raw().exec0("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
  auto row = tx_.raw().exec_prepared1("select_sms_summary_viewer", user_id, clinic_id);
  return {db::IdList(row["clinic_ids"]), row["clinic_found"].as<bool>(), row["as_of"].as<std::string>()};
}

std::vector<MessageCount> SmsAdminRepository::CountMessages(const SummaryScope& scope, const std::string& from,
                                                            const std::string& to) {
  return db::MapRows<MessageCount>(tx_.raw().exec_prepared("summarize_sms_messages", from, to, ClinicList(scope)),
                                   [](const pqxx::row& row) {
                                     return MessageCount{row["kind"].as<std::string>(), row["status"].as<std::string>(),
                                                         row["count"].as<std::int64_t>()};
                                   });
}

std::pair<NoShowCount, NoShowCount> SmsAdminRepository::CountNoShows(const SummaryScope& scope,
                                                                     const std::string& from, const std::string& to) {
  std::pair<NoShowCount, NoShowCount> counts;
  for (const auto& row : tx_.raw().exec_prepared("summarize_reminder_effect", from, to, ClinicList(scope))) {
    auto& count = row["reminded"].as<bool>() ? counts.first : counts.second;
    count = {row["appointments"].as<std::int64_t>(), row["no_shows"].as<std::int64_t>()};
  }
  return counts;
}

}  // namespace healthpulse::sms
