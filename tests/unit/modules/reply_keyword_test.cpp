#include <gtest/gtest.h>

#include "modules/sms/reply_keyword.h"

namespace healthpulse::sms {
namespace {

TEST(ParseReplyKeyword, ReadsOneWordInAnyCaseWithOrWithoutAccents) {
  struct Row {
    const char* body;
    ReplyKeyword expected;
  } rows[] = {
      {"STOP", ReplyKeyword::kOptOut},
      {"stop", ReplyKeyword::kOptOut},
      {" Baja \n", ReplyKeyword::kOptOut},
      {"CANCELAR", ReplyKeyword::kOptOut},
      {"cancelár", ReplyKeyword::kOptOut},
      {"START", ReplyKeyword::kOptIn},
      {"Alta", ReplyKeyword::kOptIn},
      {"ÁLTA", ReplyKeyword::kOptIn},
      {"SI", ReplyKeyword::kConfirm},
      {"si", ReplyKeyword::kConfirm},
      {"Sí", ReplyKeyword::kConfirm},
      {"SÍ", ReplyKeyword::kConfirm},
      {"si\xCC\x81", ReplyKeyword::kConfirm},  // i + combining acute accent
      {"¡Sí!", ReplyKeyword::kConfirm},
      {"si.", ReplyKeyword::kConfirm},
      {"1", ReplyKeyword::kConfirm},
      {"NO", ReplyKeyword::kCancel},
      {"no", ReplyKeyword::kCancel},
      {"No.", ReplyKeyword::kCancel},
      {"2", ReplyKeyword::kCancel},
      {"\t2\r\n", ReplyKeyword::kCancel},
      {"", ReplyKeyword::kNone},
      {"   ", ReplyKeyword::kNone},
      {"si gracias", ReplyKeyword::kNone},
      {"no puedo ir", ReplyKeyword::kNone},
      {"sii", ReplyKeyword::kNone},
      {"12", ReplyKeyword::kNone},
      {"3", ReplyKeyword::kNone},
      {"stopp", ReplyKeyword::kNone},
      {"¿Quién es?", ReplyKeyword::kNone},
      {"s\xFFi", ReplyKeyword::kNone},  // not UTF-8
      {"sñ", ReplyKeyword::kNone},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(ParseReplyKeyword(row.body), row.expected) << "'" << row.body << "'";
  }
}

}  // namespace
}  // namespace healthpulse::sms
