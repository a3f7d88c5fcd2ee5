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
import { deepShade } from '@/app/theme-colors';
import { queryClient } from '@/lib/query-client';

// WCAG 2.1 AA asks 4.5:1 for text. Mantine's defaults fall short on white: teal-6 under
// white button text (2.6:1), gray-6 "dimmed" text (3.3:1) and red-6 errors (3.3:1). The
// darkest teal (5.0:1), gray-7 (8.6:1) and red-9 (5.9:1) keep the look and pass.
// Light, outline and subtle variants take their text from deepShade (theme-colors.ts).
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !input.theme.colors[parsed.color]) return colors;
  const deep = deepShade(input.theme.colors[parsed.color]!);
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
// on shade 1: 4.3:1 for teal): the same deeper text as the variants above.
const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    ...Object.fromEntries(
      Object.entries(theme.colors).flatMap(([name, shades]) => [
        [`--mantine-color-${name}-light-color`, deepShade(shades)],
        // Hovered filled buttons go darker, not back to the lighter shade 8 (3.9:1 for teal).
        [`--mantine-color-${name}-filled-hover`, darken(shades[9], 0.15)],
      ]),
    ),
    '--mantine-primary-color-light-color': deepShade(theme.colors[theme.primaryColor]!),
    // Links (teal-9, 4.49:1 on a hovered table row's gray-1) take the deeper text too.
    '--mantine-color-anchor': deepShade(theme.colors[theme.primaryColor]!),
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
