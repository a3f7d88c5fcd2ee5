import { darken, type MantineColorsTuple } from '@mantine/core';

// Text on the light, outline and subtle variants (badges, active links, subtle buttons) is
// Mantine's shade 9 of its colour: 4.3:1 for teal on its light background and 3:1 for
// yellow or orange on white, short of WCAG 2.1 AA's 4.5:1. A quarter darker still left
// yellow at 4.47:1 on its shade 1 (a waiting badge); 30 % darker, every colour passes.
const kDeepen = 0.3;

/** The text colour of a light, outline or subtle variant of the colour with these shades. */
export function deepShade(shades: MantineColorsTuple): string {
  return darken(shades[9], kDeepen);
}
