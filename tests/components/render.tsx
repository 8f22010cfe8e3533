// Rendering renderer pieces in jsdom for component tests: the app's language and Mantine theme
// around them,
// and the browser APIs jsdom lacks that Mantine asks for.
import { MantineProvider } from '@mantine/core';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { CalendarLanguage } from '../../renderer/src/app/calendar-language';
import { LanguageProvider } from '../../renderer/src/app/i18n';
import { translatorFor } from '../../shared/i18n';
import { themeWith } from '../../renderer/src/app/theme';

afterEach(cleanup);

/** The app's theme with its close buttons named in English, as the screens start. */
const english = translatorFor('en');
const theme = themeWith({
  dialog: english('app:closeDialog'),
  notification: english('app:closeNotification'),
});

// Mantine reads the colour scheme and reduced motion through matchMedia.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  }) as MediaQueryList;

export function renderWithTheme(ui: ReactElement): RenderResult {
  return render(
    <LanguageProvider>
      <MantineProvider theme={theme}>
        <CalendarLanguage>{ui}</CalendarLanguage>
      </MantineProvider>
    </LanguageProvider>,
  );
}
