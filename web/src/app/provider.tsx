import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  Drawer,
  MantineProvider,
  Modal,
  Notification,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from '@/lib/query-client';

// WCAG 2.1 AA asks 4.5:1 for text. Mantine's defaults fall short on white: teal-6 under
// white button text (2.6:1), gray-6 "dimmed" text (3.3:1) and red-6 errors (3.3:1). The
// darkest teal (5.0:1), gray-7 (8.6:1) and red-9 (5.9:1) keep the look and pass.
// Text on the light, outline and subtle variants (badges, active links, subtle buttons) is
// shade 9 of its colour, which is 4.3:1 for teal on its light background and 3:1 for
// yellow or orange on white: a quarter darker, every colour passes 4.5:1.
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !input.theme.colors[parsed.color]) return colors;
  const deep = darken(input.theme.colors[parsed.color]![9], 0.25);
  switch (input.variant) {
    case 'light':
    case 'subtle':
    case 'transparent':
      return { ...colors, color: deep };
    case 'outline':
      return { ...colors, color: deep, border: `1px solid ${deep}` };
    default:
      return colors;
  }
};

// Close buttons of dialogs, drawers and notifications are icons: each gets a name.
function themeFor(closeLabel: string) {
  const closeButtonProps = { 'aria-label': closeLabel };
  return createTheme({
    primaryColor: 'teal',
    primaryShade: { light: 9, dark: 8 },
    // Filled yellow or orange get black text, not white (1.9:1).
    autoContrast: true,
    variantColorResolver,
    defaultRadius: 'sm',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
    },
  });
}

// Active navigation links and light alerts read `--mantine-color-<c>-light-color` (shade 9
// on shade 1: 4.3:1 for teal): the same quarter-darker text as the variants above.
const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    ...Object.fromEntries(
      Object.entries(theme.colors).flatMap(([name, shades]) => [
        [`--mantine-color-${name}-light-color`, darken(shades[9], 0.25)],
        // Hovered filled buttons go darker, not back to the lighter shade 8 (3.9:1 for teal).
        [`--mantine-color-${name}-filled-hover`, darken(shades[9], 0.15)],
      ]),
    ),
    '--mantine-primary-color-light-color': darken(theme.colors[theme.primaryColor]![9], 0.25),
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});

export function AppProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  const theme = useMemo(() => themeFor(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
