// Twilio's permanent error codes (DESIGN.md §7), in words a secretary can act on.
const kReasonKeys: Record<number, string> = {
  21211: 'smsInbox.phoneProblems.reasons.invalid',
  21614: 'smsInbox.phoneProblems.reasons.notMobile',
  30005: 'smsInbox.phoneProblems.reasons.unknown',
  30006: 'smsInbox.phoneProblems.reasons.landline',
  21610: 'smsInbox.phoneProblems.reasons.unsubscribed',
};

/** The i18n key that explains `code`, or the generic one for a code not listed. */
export function phoneProblemReasonKey(code: number): string {
  return kReasonKeys[code] ?? 'smsInbox.phoneProblems.reasons.other';
}
