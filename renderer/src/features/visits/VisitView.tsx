// A recorded visit, read-only: amended notes show the current text with the original kept
// visible underneath.
import { Blockquote, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { soapFields, type Amendment, type Visit } from '../../../../shared/domain/visit';
import { formatChange, formatScore, outcomeMeasures } from '../../../../shared/outcomes';
import { describeFindings, describeParameters } from '../../../../shared/visits/describe-treatment';
import { formatDate, formatDateTime } from '../../app/format';
import { LoadView } from './LoadView';
import { McidBadge } from './ScoreSummary';
import { useUiLanguage } from '../../app/i18n';

const SOAP_LABELS = {
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
} as const;
const FIELD_LABELS: Record<Amendment['field'], string> = {
  date: 'Date',
  time: 'Time',
  planVersionId: 'Plan version',
  ...SOAP_LABELS,
  treatments: 'Treatments',
  outcomes: 'Outcome measures',
  adherence: 'Home programme grid',
  painMonitoring: 'Pain monitoring',
  running: 'Running',
};

function SoapBlock({ visit }: { visit: Visit }) {
  return (
    <Stack gap="sm">
      {soapFields.map((field) => {
        const amendments = visit.amendments.filter((a) => a.field === field);
        const original = amendments[0]?.previous;
        return (
          <div key={field}>
            <Text fw={600} size="sm">
              {SOAP_LABELS[field]}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {visit.soap[field] || '—'}
            </Text>
            {amendments.length > 0 && (
              <Blockquote
                color="yellow"
                p="xs"
                mt={4}
                aria-label={`${SOAP_LABELS[field]} as first recorded`}
              >
                <Text size="xs" c="dimmed">
                  Amended{' '}
                  {amendments.map((a) => `${formatDateTime(a.amendedAt)} (${a.reason})`).join('; ')}
                  . Original:
                </Text>
                <Text size="sm" td="line-through" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {typeof original === 'string' && original !== '' ? original : '—'}
                </Text>
              </Blockquote>
            )}
          </div>
        );
      })}
    </Stack>
  );
}

export function VisitView({ visit }: { visit: Visit }) {
  const language = useUiLanguage();
  return (
    <Stack gap="md">
      <Card withBorder padding="md" component="section" aria-label="SOAP note">
        <SoapBlock visit={visit} />
      </Card>
      <Card withBorder padding="md" component="section" aria-label="Treatments delivered">
        <Title order={3} size="h4" mb="xs">
          Treatments delivered
        </Title>
        {visit.treatments.length === 0 ? (
          <Text size="sm" c="dimmed">
            None recorded.
          </Text>
        ) : (
          <List spacing={4} size="sm">
            {visit.treatments.map((t) => {
              // An assessment's settings are the list of what it asks: its findings say more.
              const settings = t.kind === 'assessment' ? '' : describeParameters(t, language);
              const findings = describeFindings(t, t.findings, language);
              return (
                <List.Item key={t.id}>
                  <Text span fw={500} size="sm">
                    {t.title}
                  </Text>
                  {settings && ` — ${settings}`}
                  {t.kind === 'assessment' && (
                    <Text size="xs" c={findings ? undefined : 'dimmed'}>
                      {findings ? `Findings: ${findings}` : 'No findings recorded.'}
                    </Text>
                  )}
                  {t.notes && (
                    <Text size="xs" c="dimmed">
                      {t.notes}
                    </Text>
                  )}
                </List.Item>
              );
            })}
          </List>
        )}
      </Card>
      <Card withBorder padding="md" component="section" aria-label="Outcome measures">
        <Title order={3} size="h4" mb="xs">
          Outcome measures
        </Title>
        {visit.outcomes.length === 0 ? (
          <Text size="sm" c="dimmed">
            None recorded.
          </Text>
        ) : (
          <Table aria-label="Scores">
            <Table.Tbody>
              {visit.outcomes.map((record) => {
                const measure = record.form.measure;
                const { result, comparison } = record;
                return (
                  <Table.Tr key={record.id}>
                    <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {outcomeMeasures[measure].shortName}
                    </Table.Td>
                    {/* A score and its unit stay on one line ("69.0 %"), in the narrower column. */}
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {result.status === 'scored'
                        ? formatScore(measure, result.score)
                        : `Not scored: ${result.message}`}
                    </Table.Td>
                    <Table.Td>
                      {comparison
                        ? `${formatChange(comparison.change)} from ${formatScore(measure, comparison.baseline)} (${formatDate(record.baselineDate)})`
                        : result.status === 'scored'
                          ? 'baseline'
                          : ''}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {comparison?.reachesMcid && <McidBadge measure={measure} />}
                        {comparison?.worseByMcid && <McidBadge measure={measure} worse />}
                      </Group>
                    </Table.Td>
                    <Table.Td c="dimmed" fz="xs">
                      {record.note}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <LoadView visit={visit} />
      <Card withBorder padding="md" component="section" aria-label="Home programme adherence">
        <Title order={3} size="h4" mb="xs">
          Home programme
        </Title>
        <Text size="sm">
          {visit.adherenceSummary.percent === null
            ? 'No grid entered.'
            : `Adherence ${Math.round(visit.adherenceSummary.percent)} % (${visit.adherenceSummary.daysDone} of ${visit.adherenceSummary.daysTarget} prescribed days).`}
        </Text>
        {visit.adherenceSummary.painSeries.length > 0 && (
          <Text size="xs" c="dimmed">
            First-step pain:{' '}
            {visit.adherenceSummary.painSeries
              .map((p) => `${formatDate(p.date).slice(0, -5)} ${p.pain}`)
              .join(', ')}
          </Text>
        )}
      </Card>
      {visit.amendments.length > 0 && (
        <Card withBorder padding="md" component="section" aria-label="Amendments">
          <Title order={3} size="h4" mb="xs">
            Amendments
          </Title>
          <Table fz="sm">
            <Table.Tbody>
              {visit.amendments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{formatDateTime(a.amendedAt)}</Table.Td>
                  <Table.Td>{FIELD_LABELS[a.field]}</Table.Td>
                  <Table.Td>{a.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
