import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { problemText } from '@/lib/problem-text';
import { en } from '@/locales/en';
import { esAR } from '@/locales/es-ar';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'es', resources: { es: { translation: esAR }, en: { translation: en } } });

describe('problemText', () => {
  const notFound = new ApiError({ status: 404, title: 'Not Found', detail: 'patient 12 does not exist' });
  it('speaks Spanish in the Spanish UI, whatever the server wrote', () => {
    expect(problemText(notFound, 'es', i18n.getFixedT('es'))).toEqual({
      title: 'No lo encontramos',
      detail: 'Puede que ya no exista o que no tengas acceso.',
    });
    expect(problemText(new ApiError({ status: 502, title: 'Bad Gateway' }), 'es', i18n.getFixedT('es')).title).toBe(
      'El servidor tuvo un problema',
    );
  });
  it("keeps the server's words in the English UI", () => {
    expect(problemText(notFound, 'en', i18n.getFixedT('en'))).toEqual({ title: 'Not Found', detail: 'patient 12 does not exist' });
  });
  it('reads anything else as the generic error', () => {
    expect(problemText(new Error('boom'), 'es', i18n.getFixedT('es')).title).toBe('Algo salió mal');
  });
});
