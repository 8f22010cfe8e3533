// The app shell: navigation on the left, the current section on the right.
import { AppShell, Divider, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { Navigate, NavLink as RouterLink, Route, Routes, useLocation } from 'react-router';
import { useApiQuery } from './api';
import { sections, type Section } from './sections';

function SectionLink({ section }: { section: Section }) {
  const location = useLocation();
  const Icon = section.icon;
  return (
    <NavLink
      component={RouterLink}
      to={section.path}
      label={section.label}
      leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
      active={
        location.pathname === section.path || location.pathname.startsWith(`${section.path}/`)
      }
    />
  );
}

export function App() {
  const settings = useApiQuery('settings.get', {});
  const clinical = sections.filter((s) => s.group === 'clinical');
  const admin = sections.filter((s) => s.group === 'admin');
  const home = sections[0]?.path ?? '/settings';
  return (
    <AppShell navbar={{ width: 230, breakpoint: 0 }} header={{ height: 52 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={1} size="h4" c="teal.8">
            Physioplan
          </Title>
          <Text size="sm" c="dimmed">
            {settings.data?.clinicName}
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Sections">
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
      <AppShell.Main>
        <Routes>
          {sections.map((section) => (
            <Route key={section.path} path={`${section.path}/*`} element={section.element} />
          ))}
          <Route path="*" element={<Navigate to={home} replace />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
