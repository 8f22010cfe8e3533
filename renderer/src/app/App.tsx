// The app shell: navigation on the left, the current section on the right.
import {
  Anchor,
  AppShell,
  Button,
  Divider,
  Group,
  NavLink,
  ScrollArea,
  Text,
  Title,
} from '@mantine/core';
import { Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { Navigate, NavLink as RouterLink, Route, Routes, useLocation } from 'react-router';
import { SessionControls } from '../features/access/SessionControls';
import { useApiQuery } from './api';
import { useT } from './i18n';
import { preloadWhenIdle } from './lazy-screen';
import { ScreenSkeleton } from './ScreenSkeleton';
import { lazyScreens, sections, type Section } from './sections';

/** The product's name, the same in every language. */
const APP_NAME = 'Physioplan';

function SectionLink({ section }: { section: Section }) {
  const t = useT();
  const location = useLocation();
  const Icon = section.icon;
  return (
    <NavLink
      component={RouterLink}
      to={section.path}
      label={t(section.labelKey)}
      leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
      active={
        location.pathname === section.path || location.pathname.startsWith(`${section.path}/`)
      }
    />
  );
}

/** First stop of the Tab key: straight past the navigation to the screen's content. */
function SkipToContent({ main }: { main: RefObject<HTMLElement | null> }) {
  const t = useT();
  const [focused, setFocused] = useState(false);
  return (
    <Button
      size="xs"
      onClick={() => main.current?.focus()}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      style={{
        position: 'fixed',
        top: 8,
        left: focused ? 8 : -10_000,
        zIndex: 1000,
      }}
    >
      {t('app:skipToContent')}
    </Button>
  );
}

/**
 * After a route change whose link went away with the old screen, keyboard focus would fall back
 * to the start of the page; it goes to the new screen's content instead.
 */
function useFocusContentOnNavigation(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return; // the first screen: the Tab key starts at the top
    previous.current = pathname;
    const active = document.activeElement;
    if (active === null || active === document.body) main.current?.focus({ preventScroll: true });
  }, [pathname, main]);
}

export function App() {
  const t = useT();
  const main = useRef<HTMLElement>(null);
  useFocusContentOnNavigation(main);
  useEffect(() => preloadWhenIdle(lazyScreens), []);
  const settings = useApiQuery('settings.get', {});
  const clinical = sections.filter((s) => s.group === 'clinical');
  const admin = sections.filter((s) => s.group === 'admin');
  const home = sections[0]?.path ?? '/settings';
  return (
    <AppShell navbar={{ width: 230, breakpoint: 0 }} header={{ height: 52 }} padding="md">
      <SkipToContent main={main} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={1} size="h4" c="teal.8">
            {APP_NAME}
          </Title>
          <Group gap="md" wrap="nowrap">
            {settings.data?.clinicName === '' ? (
              // A new clinic: its name and phone go on every printed sheet.
              <Anchor component={RouterLink} to="/settings" size="sm">
                {t('app:header.addClinicDetails')}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                {settings.data?.clinicName}
              </Text>
            )}
            <SessionControls />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('app:nav.sections')}>
        <ScrollArea>
          {clinical.map((section) => (
            <SectionLink key={section.path} section={section} />
          ))}
          {clinical.length > 0 && admin.length > 0 && <Divider my="xs" />}
          {admin.map((section) => (
            <SectionLink key={section.path} section={section} />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main ref={main} tabIndex={-1} style={{ outline: 'none' }}>
        <Suspense fallback={<ScreenSkeleton />}>
          <Routes>
            {sections.map((section) => (
              <Route key={section.path} path={`${section.path}/*`} element={section.element} />
            ))}
            <Route path="*" element={<Navigate to={home} replace />} />
          </Routes>
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
