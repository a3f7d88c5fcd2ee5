#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/field_error_code.h"
#include "http/problem.h"

namespace healthpulse::http {
namespace {

using K = Error::Kind;

TEST(FieldErrorCode, EachServerPhraseHasItsCode) {
  struct Row {
    K kind;
    const char* field;
    const char* message;
    const char* code;
  } rows[] = {
      {K::kInvalid, "password", "must be at least 10 characters", "too_short"},
      {K::kInvalid, "full_name", "must be at most 200 characters", "too_long"},
      {K::kInvalid, "username", "is required", "required"},
      {K::kInvalid, "reason", "is required to cancel", "required"},
      {K::kInvalid, "body", "must not be empty", "required"},
      {K::kInvalid, "to", "must be at most 62 days after from", "out_of_range"},
      {K::kInvalid, "start", "is in the past", "in_past"},
      {K::kInvalid, "birth_date", "must not be in the future", "in_future"},
      {K::kInvalid, "current_password", "is incorrect", "incorrect"},
      {K::kInvalid, "room_id", "no such active room", "not_found"},
      {K::kInvalid, "clinic_ids", "names a clinic that does not exist", "not_found"},
      {K::kInvalid, "clinic_id", "must be one of your clinics", "not_allowed"},
      {K::kInvalid, "clinic_id", "you are not assigned to any clinic", "not_allowed"},
      {K::kInvalid, "blocks", "Two blocks of the schedule overlap", "overlap"},
      {K::kInvalid, "end", "must be after start", "order"},
      {K::kInvalid, "weekday", "must be 1 (Monday) to 7 (Sunday)", "out_of_range"},
      {K::kInvalid, "start", "is outside the doctor's hours at that clinic", "out_of_range"},
      {K::kInvalid, "role", "must be one of admin, secretary, doctor, patient", "not_one_of"},
      {K::kInvalid, "timezone", "is not a known IANA time zone (e.g. America/Argentina/Buenos_Aires)", "not_one_of"},
      {K::kInvalid, "document_number", "must be a DNI of 7 or 8 digits", "format"},
      {K::kInvalid, "email", "is not a valid email address", "format"},
      {K::kInvalid, "x", "something new", "invalid"},
      {K::kConflict, "document_number", "A patient with that document is registered already", "taken"},
      {K::kConflict, "username", "That username is already taken", "taken"},
      {K::kConflict, "name", "A clinic with that name exists already", "taken"},
      {K::kConflict, "license_number", "Another doctor has that license number", "taken"},
      {K::kConflict, "doctor_id", "The doctor is already booked then", "overlap"},
      {K::kConflict, "patient_id", "The patient already has a turno then", "overlap"},
      {K::kConflict, "status", "Only registered or confirmed turnos can be rescheduled", "state"},
      {K::kConflict, "active", "You cannot deactivate your own account", "not_allowed"},
      {K::kConflict, "x", "something new", "conflict"},
      {K::kNotFound, "patient_id", "patient not found", "not_found"},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(FieldErrorCode(row.kind, {row.field, row.message}), row.code) << row.field << ": " << row.message;
  }
}

TEST(FieldErrorCode, ProblemErrorsCarryTheCodeBesideTheMessage) {
  auto body = nlohmann::json::parse(ProblemResponse(Error::Invalid("password", "must be at least 10 characters")).body);
  ASSERT_EQ(body["errors"].size(), 1u);
  EXPECT_EQ(body["errors"][0]["code"], "too_short");
  EXPECT_EQ(body["errors"][0]["message"], "must be at least 10 characters");
}

}  // namespace
}  // namespace healthpulse::http
