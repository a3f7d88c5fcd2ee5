import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/features/audit/types';
import { registerAuditSentences } from '@/features/audit/utils/sentence-texts';
import { auditSentence, detailsPhrase, kAuditActions, sentenceKey } from '@/features/audit/utils/sentences';
import { en } from '@/locales/en';
import { esAR } from '@/locales/es-ar';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'es-AR', resources: { 'es-AR': { translation: esAR }, en: { translation: en } }, nsSeparator: false });
registerAuditSentences(i18n);
const t = i18n.getFixedT('es-AR');
const exists = (key: string) => i18n.exists(key, { lng: 'es-AR' });

function entry(overrides: Partial<AuditEntry>): AuditEntry {
  return {
    id: 1,
    occurredAt: new Date('2026-12-01T13:00:00Z'),
    actorUserId: 3,
    actorUsername: 'secretaria',
    actorName: 'Ana Gómez',
    actorRole: 'secretary',
    action: 'patient.created',
    objectType: 'patient',
    objectId: 12,
    objectName: null,
    patientId: 12,
    patientName: 'Juan Pérez',
    emergency: false,
    details: {},
    ...overrides,
  };
}

describe('auditSentence', () => {
  it.each(kAuditActions)('%s has a sentence in both languages', (action) => {
    expect(i18n.exists(sentenceKey(action), { lng: 'es-AR' })).toBe(true);
    expect(i18n.exists(sentenceKey(action), { lng: 'en' })).toBe(true);
    const sentence = auditSentence(entry({ action }), t, exists);
    expect(sentence).not.toContain(action);
    expect(sentence).not.toMatch(/\{\{/);
  });

  it('names the actor with their role and the patient', () => {
    expect(auditSentence(entry({}), t, exists)).toBe('Ana Gómez (Secretaria) registró a Juan Pérez');
    expect(
      auditSentence(entry({ action: 'user.deactivated', objectType: 'user', objectId: 9, objectName: 'Carlos Ruiz', patientId: null, patientName: null, actorName: 'Admin Demo', actorRole: 'admin' }), t, exists),
    ).toBe('Admin Demo (Administrador) desactivó el usuario Carlos Ruiz');
  });

  it('reads a failed sign-in by the username given, and the system by its name', () => {
    expect(auditSentence(entry({ action: 'auth.login_failed', actorUserId: null, actorName: null, actorRole: null, actorUsername: 'nadie' }), t, exists)).toBe(
      'Ingreso fallido con el usuario nadie',
    );
    expect(
      auditSentence(entry({ action: 'patient.sms_opted_out', actorUserId: null, actorName: null, actorRole: null, actorUsername: 'sms-worker' }), t, exists),
    ).toBe('Juan Pérez dejó de recibir SMS');
  });

  it('reads an action nobody described yet as a Spanish sentence too', () => {
    expect(auditSentence(entry({ action: 'brand.new' }), t, exists)).toBe('Ana Gómez (Secretaria) hizo una acción sin descripción (brand.new)');
  });
});

describe('detailsPhrase', () => {
  it('labels each fact instead of showing JSON', () => {
    expect(detailsPhrase({ fields: ['role', 'email'], clinic_id: 3, account: true }, t, exists)).toBe(
      'Campos: role, email · Clínica n.º: 3 · Con usuario: Sí',
    );
  });
});

describe('kAuditActions', () => {
  it('covers every action the server writes', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sources(path) : name.endsWith('.cpp') ? [path] : [];
      });
    const written = new Set<string>();
    for (const file of sources(join(__dirname, '../../../../../src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:ByActor|Audit|LoginEvent)\([^;"]*"([a-z_]+\.[a-z_]+)"/g)) written.add(m[1]!);
      for (const m of text.matchAll(/\? "([a-z_]+\.[a-z_]+)" : "([a-z_]+\.[a-z_]+)"/g)) written.add(m[1]!).add(m[2]!);
    }
    expect(written.size).toBeGreaterThan(30);
    const known = new Set<string>(kAuditActions);
    expect([...written].filter((a) => !known.has(a))).toEqual([]);
  });
});
