import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError, parseProblem } from '@/lib/api-error';
import { fieldErrorText, problemLine, problemText, type Words } from '@/lib/problem-messages';
import { en } from '@/locales/en';
import { esAR } from '@/locales/es-ar';

async function words(language: string): Promise<Words> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: { 'es-AR': { translation: esAR }, en: { translation: en } },
    nsSeparator: false,
  });
  return i18n;
}

const es = await words('es-AR');
const english = await words('en');

// Every code the server may send (api/openapi.json FieldError.code).
const kCodes = [
  'required', 'too_short', 'too_long', 'out_of_range', 'order', 'format', 'not_one_of', 'in_past',
  'in_future', 'incorrect', 'not_found', 'not_allowed', 'taken', 'overlap', 'state', 'conflict', 'invalid',
];

describe('fieldErrorText', () => {
  it.each([
    { field: 'password', code: 'too_short', message: 'must be at least 10 characters', want: 'Debe tener al menos 10 caracteres' },
    { field: 'document_number', code: 'taken', message: 'A patient with that document is registered already', want: 'Ya hay un paciente registrado con ese documento' },
    { field: 'doctor_id', code: 'overlap', message: 'The doctor is already booked then', want: 'El médico ya tiene un turno en ese horario' },
    { field: 'username', code: 'format', message: "must be 3-40 characters: letters, digits, '.', '_' or '-'", want: 'Debe tener de 3 a 40 caracteres: letras, números, punto, guion o guion bajo' },
    // A phrase the locale knows exactly wins over the code's general sentence.
    { field: 'document_number', code: 'format', message: 'must be a DNI of 7 or 8 digits', want: 'Debe ser un DNI de 7 u 8 dígitos' },
    // A field with no sentence of its own reads as its code.
    { field: 'notes', code: 'too_long', message: 'must be at most 4321 characters', want: 'Es demasiado largo' },
    // A message and code nobody mapped yet: Spanish all the same.
    { field: 'anything', code: 'brand_new', message: 'is odd in a new way', want: 'Revisá este dato' },
    { field: 'anything', code: '', message: 'is odd in a new way', want: 'Revisá este dato' },
  ])('$field $code "$message" → "$want"', ({ field, code, message, want }) => {
    expect(fieldErrorText({ field, code, message }, es)).toBe(want);
  });

  it.each(kCodes)('has a Spanish sentence for code %s', (code) => {
    const text = fieldErrorText({ field: 'x', code, message: 'some English phrase' }, es);
    expect(text).not.toBe('some English phrase');
    expect(text).toBe(esAR.problems.code[code as keyof typeof esAR.problems.code]);
  });

  it("keeps the server's words in the English UI when nothing is mapped", () => {
    expect(fieldErrorText({ field: 'x', code: '', message: 'is odd' }, english)).toBe('is odd');
  });
});

describe('problemText', () => {
  const notFound = new ApiError({ status: 404, title: 'Not Found', detail: 'patient 12 does not exist' });
  it('speaks Spanish in the Spanish UI, whatever the server wrote', () => {
    expect(problemText(notFound, es)).toEqual({ title: 'No lo encontramos', detail: 'Puede que ya no exista o que no tengas acceso.' });
    expect(problemText(new ApiError({ status: 502, title: 'Bad Gateway' }), es).title).toBe('El servidor tuvo un problema');
  });
  it('reads the problem type when the status alone says little', () => {
    const tooLarge = parseProblem(
      413,
      JSON.stringify({ type: 'https://healthpulse.dev/problems/payload-too-large', title: 'Request body too large', status: 413, detail: 'at most 1 MiB' }),
    );
    expect(problemText(tooLarge, es).title).toBe('El archivo o los datos son demasiado grandes');
  });
  it("keeps the server's words in the English UI", () => {
    expect(problemText(notFound, english)).toEqual({ title: 'Not Found', detail: 'patient 12 does not exist' });
  });
  it('reads anything else as the generic error', () => {
    expect(problemText(new Error('boom'), es).title).toBe('Algo salió mal');
  });
});

describe('problemLine', () => {
  it('names the field of an error the form does not show, in Spanish', () => {
    const error = parseProblem(
      422,
      JSON.stringify({
        type: 'https://healthpulse.dev/problems/validation',
        title: 'Invalid fields',
        status: 422,
        detail: 'One or more fields are invalid',
        errors: [{ field: 'clinic_ids', code: 'not_found', message: 'names a clinic that does not exist' }],
      }),
    );
    expect(problemLine(error, error.errors, es)).toBe('Clínicas: Alguna clínica elegida no existe');
  });
  it('words a conflict by its errors and a bare problem by its status, never in English', () => {
    const conflict = new ApiError({
      status: 409,
      title: 'Conflict',
      detail: 'You cannot deactivate your own account',
      errors: [{ field: 'active', code: 'not_allowed', message: 'You cannot deactivate your own account' }],
    });
    expect(problemLine(conflict, [], es)).toBe('No podés desactivar tu propia cuenta');
    const bare = new ApiError({ status: 409, title: 'Conflict', detail: 'The follow-up plan has ended: it can no longer change' });
    expect(problemLine(bare, [], es)).toBe(
      'No se puede hacer ahora. Cambió mientras lo mirabas o choca con otro dato. Actualizá y probá de nuevo.',
    );
  });
});
