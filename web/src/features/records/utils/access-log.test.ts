import { describe, expect, it } from 'vitest';
import { accessActionKey, kAccessActionKeys } from '@/features/records/utils/access-log';
import { en } from '@/locales/en';
import { esAR } from '@/locales/es-ar';

function lookup(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe('accessActionKey', () => {
  it('names the record actions and leaves unknown ones alone', () => {
    expect(accessActionKey('record.viewed')).toBe('records.accessLog.actions.viewed');
    expect(accessActionKey('record.emergency_access_granted')).toBe('records.accessLog.actions.emergencyAccessGranted');
    expect(accessActionKey('record.something_new')).toBeNull();
  });

  it.each(kAccessActionKeys)('%s exists in both languages', (key) => {
    expect(typeof lookup(esAR, key)).toBe('string');
    expect(typeof lookup(en, key)).toBe('string');
  });
});
