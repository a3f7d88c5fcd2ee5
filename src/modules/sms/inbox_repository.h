#pragma once

#include <optional>
#include <vector>

#include "core/role.h"
#include "db/database.h"
#include "modules/sms/inbox.h"

namespace healthpulse::sms {

// sms_inbox and sms_phone_problems for staff, within one transaction; every query
// takes the caller's role and user id and applies the visibility rules itself.
class InboxRepository {
 public:
  explicit InboxRepository(db::Tx& tx) : tx_(tx) {}

  bool ClinicVisible(std::int64_t clinic_id, Role role, std::int64_t user_id);

  std::vector<InboxMessage> ListInbox(const InboxFilter& filter, Role role, std::int64_t user_id);  // limit + 1
  // True when the message exists and the caller may read it (then locked).
  bool LockInbox(std::int64_t id, Role role, std::int64_t user_id);
  void MarkHandled(std::int64_t id, std::int64_t user_id);
  InboxMessage FindInbox(std::int64_t id, Role role, std::int64_t user_id);

  std::vector<PhoneProblem> ListProblems(const InboxFilter& filter, Role role, std::int64_t user_id);  // limit + 1
  // The problem's patient when it exists and the caller may see them (then locked).
  std::optional<std::int64_t> LockProblem(std::int64_t id, Role role, std::int64_t user_id);
  void Resolve(std::int64_t id, std::int64_t user_id);
  PhoneProblem FindProblem(std::int64_t id);

 private:
  db::Tx& tx_;
};

}  // namespace healthpulse::sms
