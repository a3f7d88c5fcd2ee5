// The SMS cost of a text, counted as the server counts it (src/modules/sms/sms_segments.cpp):
// GSM-7 when every character is in the GSM 03.38 basic set or its extension table,
// otherwise UCS-2. Characters are GSM-7 septets (the extension characters take 2) or
// UTF-16 code units (an emoji takes 2); a GSM-7 message holds 160 (153 per part when
// split), a UCS-2 one 70 (67 per part).

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SegmentCount {
  encoding: SmsEncoding;
  characters: number;
  segments: number;
  /** The characters that forced UCS-2, each once, in order of appearance. */
  nonGsm: string[];
}

const kBasic = new Set(
  Array.from(
    '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
  ),
);
const kExtension = new Set(Array.from('^{}\\[~]|€\f'));

function segments(characters: number, single: number, perPart: number): number {
  if (characters === 0) return 0;
  if (characters <= single) return 1;
  return Math.ceil(characters / perPart);
}

export function countSegments(text: string): SegmentCount {
  let septets = 0;
  const nonGsm: string[] = [];
  for (const c of text) {
    if (kExtension.has(c)) septets += 2;
    else if (kBasic.has(c)) septets += 1;
    else if (!nonGsm.includes(c)) nonGsm.push(c);
  }
  if (nonGsm.length === 0) return { encoding: 'GSM-7', characters: septets, segments: segments(septets, 160, 153), nonGsm };
  // String length is UTF-16 code units, which is what UCS-2 messages count.
  return { encoding: 'UCS-2', characters: text.length, segments: segments(text.length, 70, 67), nonGsm };
}
