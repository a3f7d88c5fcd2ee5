import { describe, expect, it } from 'vitest';
import { countSegments, type SmsEncoding } from '@/lib/sms-segments';

// The same rows as tests/unit/modules/sms_segments_test.cpp, so both counters agree.
const cases: [string, string, SmsEncoding, number, number][] = [
  ['empty', '', 'GSM-7', 0, 0],
  ['plain', 'Hola Ana', 'GSM-7', 8, 1],
  ['exactly 160', 'a'.repeat(160), 'GSM-7', 160, 1],
  ['161 is two parts', 'a'.repeat(161), 'GSM-7', 161, 2],
  ['306 is two parts of 153', 'a'.repeat(306), 'GSM-7', 306, 2],
  ['307 is three', 'a'.repeat(307), 'GSM-7', 307, 3],
  ['GSM accents stay GSM-7', 'é è ñ Ñ ü à ¿¡', 'GSM-7', 14, 1],
  ['euro counts 2', '10 €', 'GSM-7', 5, 1],
  ['extension table counts 2 each', '^{}\\[~]|', 'GSM-7', 16, 1],
  ['159 + euro overflows', `${'a'.repeat(159)}€`, 'GSM-7', 161, 2],
  ['an á forces UCS-2', 'Clínica', 'UCS-2', 7, 1],
  ['exactly 70 UCS-2', `á${'a'.repeat(69)}`, 'UCS-2', 70, 1],
  ['71 UCS-2 is two parts', `á${'a'.repeat(70)}`, 'UCS-2', 71, 2],
  ['134 UCS-2 is two of 67', `á${'a'.repeat(133)}`, 'UCS-2', 134, 2],
  ['135 UCS-2 is three', `á${'a'.repeat(134)}`, 'UCS-2', 135, 3],
  ['an emoji is two UTF-16 units', 'Hola 😀', 'UCS-2', 7, 1],
  ['euro beside an á is one unit', '€á', 'UCS-2', 2, 1],
  ['backtick is not GSM-7', '`', 'UCS-2', 1, 1],
  ['newline is GSM-7', 'a\nb', 'GSM-7', 3, 1],
];

describe('countSegments', () => {
  it.each(cases)('%s', (_name, text, encoding, characters, segments) => {
    const count = countSegments(text);
    expect({ encoding: count.encoding, characters: count.characters, segments: count.segments }).toEqual({
      encoding,
      characters,
      segments,
    });
  });

  it('names the characters that forced UCS-2, each once', () => {
    expect(countSegments('Clínica de Ñuñoa, día, ómnibus y más').nonGsm).toEqual(['í', 'ó', 'á']);
  });
});
