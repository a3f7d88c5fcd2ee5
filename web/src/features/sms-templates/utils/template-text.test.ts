import { describe, expect, it } from 'vitest';
import { insertPlaceholder, lastDays, renderPreview, unknownPlaceholders } from '@/features/sms-templates/utils/template-text';

const placeholders = [
  { name: 'nombre', sample: 'Laura' },
  { name: 'clinica', sample: 'Clinica Central' },
];

describe('renderPreview', () => {
  it('replaces known placeholders and leaves the rest as written', () => {
    expect(renderPreview('Hola {nombre} de {clinica}: {diagnostico} {nombre', placeholders)).toBe(
      'Hola Laura de Clinica Central: {diagnostico} {nombre',
    );
  });
});

describe('unknownPlaceholders', () => {
  it('names each unknown placeholder once', () => {
    expect(unknownPlaceholders('{diagnostico} {nombre} {diagnostico} {}', placeholders)).toEqual(['diagnostico', '']);
    expect(unknownPlaceholders('Hola {nombre}', placeholders)).toEqual([]);
  });
});

describe('insertPlaceholder', () => {
  it('puts the placeholder at the caret or over the selection', () => {
    expect(insertPlaceholder('Hola !', 'nombre', 5, 5)).toEqual({ body: 'Hola {nombre}!', caret: 13 });
    expect(insertPlaceholder('Hola XX!', 'nombre', 5, 7)).toEqual({ body: 'Hola {nombre}!', caret: 13 });
    expect(insertPlaceholder('Hola', 'nombre', 99, 99)).toEqual({ body: 'Hola{nombre}', caret: 12 });
  });
});

describe('lastDays', () => {
  it('counts both ends', () => {
    expect(lastDays(30, '2026-12-01')).toEqual({ from: '2026-11-02', to: '2026-12-01' });
    expect(lastDays(1, '2026-03-01')).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });
});
