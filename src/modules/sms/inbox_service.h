#pragma once

#include "core/error.h"
#include "core/principal.h"
#include "db/database.h"
#include "modules/sms/inbox.h"

namespace healthpulse::sms {

// The replies nobody could act on and the phones Twilio refused, for the secretaries
// who follow them up (DESIGN.md §5, §7). Admins and secretaries read (Forbidden for
// other roles); secretaries handle and resolve (Forbidden for admins). A secretary sees
// her clinics' inbox and the problems of her clinics' patients (patient_visible_to);
// another clinic, or an item outside them, is NotFound as one that does not exist.
// Every read and write is appended to the audit log with ids only (never a body or a
// phone number). Thread-safe (stateless over the pool).
class InboxService {
 public:
  explicit InboxService(db::Database& db) : db_(db) {}

  // Newest first. NotFound ("clinic_id") for a clinic the caller may not read.
  Result<Page<InboxMessage>> ListInbox(const Principal& caller, const InboxFilter& filter);
  // Marks the message handled by the caller; one already handled is answered as it is.
  Result<InboxMessage> Handle(const Principal& caller, std::int64_t id);

  // Newest first. NotFound ("clinic_id") for a clinic the caller may not read.
  Result<Page<PhoneProblem>> ListProblems(const Principal& caller, const InboxFilter& filter);
  // Resolves the problem (the secretary fixed or checked the number); one already
  // resolved, by her or by a change of the patient's phone, is answered as it is.
  Result<PhoneProblem> Resolve(const Principal& caller, std::int64_t id);

 private:
  db::Database& db_;
};

}  // namespace healthpulse::sms
