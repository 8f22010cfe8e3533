// The whole clinic's audit trail, for the practice owner or an inspection.
import { Stack, Text, Title } from '@mantine/core';
import { useT } from '../../app/i18n';
import { AuditTrail } from './AuditTrail';

export function AuditPage() {
  const t = useT();
  return (
    <Stack maw={980} gap="lg">
      <div>
        <Title order={2}>{t('audit:page.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('audit:page.intro')}
        </Text>
      </div>
      <AuditTrail title={t('audit:page.allChanges')} />
    </Stack>
  );
}
