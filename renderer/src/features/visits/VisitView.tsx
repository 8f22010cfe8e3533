// A recorded visit, read-only: amended notes show the current text with the original kept
// visible underneath.
import { Blockquote, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { soapFields, type Amendment, type Visit } from '../../../../shared/domain/visit';
import { outcomeMeasures } from '../../../../shared/outcomes';
import { describeFindings, describeParameters } from '../../../../shared/visits/describe-treatment';
import { formatDate, formatDateTime, formatNumber } from '../../app/format';
import { useT, useUiLanguage } from '../../app/i18n';
import { shortDay } from './day-labels';
import { LoadView } from './LoadView';
import { changeText, notScoredText, scoreText } from './outcome-labels';
import { McidBadge } from './ScoreSummary';
import { soapLabelKeys } from './soap-phrases';

const fieldKeys = {
  date: 'visits:form.date',
  time: 'visits:form.time',
  planVersionId: 'visits:amendments.planVersion',
  ...soapLabelKeys,
  treatments: 'visits:amendments.treatments',
  outcomes: 'outcomes:editor.title',
  adherence: 'visits:adherence.title',
  painMonitoring: 'visits:load.painMonitoring',
  running: 'visits:running.title',
} as const satisfies Record<Amendment['field'], string>;

function SoapBlock({ visit }: { visit: Visit }) {
  const t = useT();
  return (
    <Stack gap="sm">
      {soapFields.map((field) => {
        const amendments = visit.amendments.filter((a) => a.field === field);
        const original = amendments[0]?.previous;
        return (
          <div key={field}>
            <Text fw={600} size="sm">
              {t(soapLabelKeys[field])}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {visit.soap[field] || '—'}
            </Text>
            {amendments.length > 0 && (
              <Blockquote
                color="yellow"
                p="xs"
                mt={4}
                aria-label={t('visits:amendments.original', { field: t(soapLabelKeys[field]) })}
              >
                <Text size="xs" c="dimmed">
                  {t('visits:amendments.amendedOn', {
                    when: amendments
                      .map((a) => `${formatDateTime(a.amendedAt)} (${a.reason})`)
                      .join('; '),
                  })}
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
  const t = useT();
  const language = useUiLanguage();
  const summary = visit.adherenceSummary;
  return (
    <Stack gap="md">
      <Card withBorder padding="md" component="section" aria-label={t('visits:soap.title')}>
        <SoapBlock visit={visit} />
      </Card>
      <Card withBorder padding="md" component="section" aria-label={t('visits:treatments.title')}>
        <Title order={3} size="h4" mb="xs">
          {t('visits:treatments.title')}
        </Title>
        {visit.treatments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('visits:visit.noneRecorded')}
          </Text>
        ) : (
          <List spacing={4} size="sm">
            {visit.treatments.map((item) => {
              // An assessment's settings are the list of what it asks: its findings say more.
              const settings = item.kind === 'assessment' ? '' : describeParameters(item, language);
              const findings = describeFindings(item, item.findings, language);
              return (
                <List.Item key={item.id}>
                  <Text span fw={500} size="sm">
                    {item.title}
                  </Text>
                  {settings && ` — ${settings}`}
                  {item.kind === 'assessment' && (
                    <Text size="xs" c={findings ? undefined : 'dimmed'}>
                      {findings
                        ? t('visits:treatments.findings', { findings })
                        : t('visits:treatments.noFindings')}
                    </Text>
                  )}
                  {item.notes && (
                    <Text size="xs" c="dimmed">
                      {item.notes}
                    </Text>
                  )}
                </List.Item>
              );
            })}
          </List>
        )}
      </Card>
      <Card withBorder padding="md" component="section" aria-label={t('outcomes:editor.title')}>
        <Title order={3} size="h4" mb="xs">
          {t('outcomes:editor.title')}
        </Title>
        {visit.outcomes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('visits:visit.noneRecorded')}
          </Text>
        ) : (
          <Table aria-label={t('outcomes:view.scores')}>
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
                        ? scoreText(measure, result.score)
                        : notScoredText(t, language === 'en', result)}
                    </Table.Td>
                    <Table.Td>
                      {comparison
                        ? t('outcomes:view.change', {
                            change: changeText(comparison.change),
                            baseline: scoreText(measure, comparison.baseline),
                            date: formatDate(record.baselineDate),
                          })
                        : result.status === 'scored'
                          ? t('outcomes:score.baseline')
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
      <Card
        withBorder
        padding="md"
        component="section"
        aria-label={t('visits:adherence.viewLabel')}
      >
        <Title order={3} size="h4" mb="xs">
          {t('visits:adherence.viewTitle')}
        </Title>
        <Text size="sm">
          {summary.percent === null
            ? t('visits:adherence.noGrid')
            : t('visits:adherence.summary', {
                count: summary.daysTarget,
                percent: formatNumber(Math.round(summary.percent)),
                done: summary.daysDone,
              })}
        </Text>
        {summary.painSeries.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('visits:adherence.painSeries', {
              series: summary.painSeries
                .map((p) => `${shortDay(p.date, language)} ${formatNumber(p.pain)}`)
                .join(', '),
            })}
          </Text>
        )}
      </Card>
      {visit.amendments.length > 0 && (
        <Card withBorder padding="md" component="section" aria-label={t('visits:amendments.title')}>
          <Title order={3} size="h4" mb="xs">
            {t('visits:amendments.title')}
          </Title>
          <Table fz="sm">
            <Table.Tbody>
              {visit.amendments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{formatDateTime(a.amendedAt)}</Table.Td>
                  <Table.Td>{t(fieldKeys[a.field])}</Table.Td>
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
