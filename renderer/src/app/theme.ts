// The app's look: Mantine's theme with colours darkened just enough that every text a colour is
// used for (white on a filled button, coloured text on white or on its own light tint) reads at
// WCAG AA contrast. Mantine's stock shades 6–9 are lighter than that.
import {
  createTheme,
  DEFAULT_THEME,
  Modal,
  Notification,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import { darkenUntil, readablePalette, TEXT_CONTRAST } from './readable-colors';

const readableColors: Record<string, MantineColorsTuple> = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark')
    .map(([name, palette]) => [name, readablePalette(palette)]),
);

/** Secondary text ("dimmed") on white and on the light grey of table headers and cards. */
const dimmedText = darkenUntil(
  DEFAULT_THEME.colors.gray[6],
  ['#ffffff', DEFAULT_THEME.colors.gray[1]],
  TEXT_CONTRAST,
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': dimmedText },
  dark: {},
});

/** The close buttons' spoken names, in the screens' language. */
export interface CloseLabels {
  dialog: string;
  notification: string;
}

export const themeWith = (close: CloseLabels) =>
  createTheme({
    primaryColor: 'teal',
    defaultRadius: 'sm',
    colors: readableColors,
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    components: {
      Modal: Modal.extend({
        defaultProps: {
          // The × needs a name; "Close" is left for the dialogs' own Close buttons.
          closeButtonProps: { 'aria-label': close.dialog },
          // A dialog's header is not a second banner of the page beside the app's own.
          attributes: { header: { role: 'none' } },
        },
      }),
      Notification: Notification.extend({
        // The × of a notice needs a name too, or screen readers announce a bare "button".
        defaultProps: { closeButtonProps: { 'aria-label': close.notification } },
      }),
    },
  });
