// The whole clinic's audit trail, for the practice owner or an inspection.
import { Stack, Text, Title } from '@mantine/core';
import { AuditTrail } from './AuditTrail';

export function AuditPage() {
  return (
    <Stack maw={980} gap="lg">
      <div>
        <Title order={2}>Audit log</Title>
        <Text c="dimmed" size="sm">
          Every change to patients, plans and visits, printing and exports, in order. Entries are
          chained so that any later change to them is detected.
        </Text>
      </div>
      <AuditTrail title="All changes" />
    </Stack>
  );
}
