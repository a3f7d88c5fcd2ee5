import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { deepShade } from '@/app/theme-colors';

// WCAG 2.1 relative luminance and contrast ratio of two #rrggbb colours.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
function hex(color: string): string {
  if (color.startsWith('#')) return color.length === 4 ? `#${[...color.slice(1)].map((c) => c + c).join('')}` : color;
  const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((n) => Math.round(Number(n)));
  return `#${[r, g, b].map((n) => n!.toString(16).padStart(2, '0')).join('')}`;
}

describe('deepShade', () => {
  // Badges, light buttons and links sit on white, on their colour's shades 0-1, or on a
  // striped or hovered table row (gray 0-1).
  const gray = DEFAULT_THEME.colors.gray;
  for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
    if (name === 'dark') continue;
    it(`${name} text reads at 4.5:1 or more on white, its lightest shades and table rows`, () => {
      const text = hex(deepShade(shades));
      for (const background of ['#ffffff', shades[0], shades[1], gray[0], gray[1]]) {
        expect(contrast(text, hex(background)), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
