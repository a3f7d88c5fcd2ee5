import type { AuditVerification } from '@/features/audit/types';

// The server's two ways a row fails (chain_verifier.cpp), each with a sentence of its own.
const kProblems: [fragment: string, key: string][] = [
  ['does not match its hash', 'audit.verification.altered'],
  ['link to the previous row', 'audit.verification.unlinked'],
];

/** The verification's answer as a locale key and its values. */
export function verificationMessage(v: AuditVerification): { key: string; values: Record<string, string | number> } {
  if (v.ok) return { key: 'audit.verification.ok', values: { count: v.checked } };
  const id = v.first_bad_id ?? '?';
  const message = v.message ?? '';
  const known = kProblems.find(([fragment]) => message.includes(fragment));
  return known ? { key: known[1], values: { id } } : { key: 'audit.verification.broken', values: { id, message } };
}

/** Every key the mapping can answer (the locale test checks both languages have them). */
export const kVerificationKeys: readonly string[] = ['audit.verification.broken', ...kProblems.map(([, key]) => key)];
