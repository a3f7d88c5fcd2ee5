#pragma once

#include <string_view>

namespace healthpulse::sms {

// What an inbound SMS asks for (DESIGN.md §7).
enum class ReplyKeyword {
  kNone,     // anything else: it goes to the clinic's inbox
  kOptOut,   // STOP, BAJA, CANCELAR
  kOptIn,    // START, ALTA
  kConfirm,  // SI, SÍ, 1: confirm the turno of the last reminder
  kCancel,   // NO, 2: cancel it
};

// The keyword `body` is: one word once surrounding white space and punctuation
// (. , ; : ! ? ¡ ¿) are trimmed, compared in any case and with accents ignored ("Sí",
// "sí.", " BAJA\n", "Cancelár"). Two words ("si gracias"), an empty body or invalid
// UTF-8 are kNone.
ReplyKeyword ParseReplyKeyword(std::string_view body);

}  // namespace healthpulse::sms
