// Pain monitoring by day (first steps, during exercise, next morning) and running load by
// visit drawn with the pain ratings, each with its values as a table below the chart. Legends,
// tooltips and axes follow the screens' language.
import { CompositeChart, LineChart } from '@mantine/charts';
import { Card, ScrollArea, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PatientProgress } from '../../../../shared/domain/visit-progress';
import { addDays } from '../../../../shared/visits/dates';
import { PAIN_DURING_LIMIT } from '../../../../shared/visits/pain-monitoring';
import { formatNumber } from '../../app/format';
import { useT, useUiLanguage } from '../../app/i18n';
import { shortDay } from './day-labels';

const PAIN_SERIES = [
  { name: 'firstStepPain', label: 'visits:charts.firstSteps', color: 'blue.7' },
  { name: 'duringExercise', label: 'visits:charts.duringExercise', color: 'orange.7' },
  { name: 'nextMorning', label: 'visits:charts.nextMorning', color: 'grape.7' },
] as const;

function rating(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : `${formatNumber(value)}/10`;
}

function ChartCard(props: { title: string; subtitle: string; chart: ReactNode; table: ReactNode }) {
  const t = useT();
  return (
    <Card
      withBorder
      padding="sm"
      component="figure"
      m={0}
      aria-label={t('visits:charts.chart', { title: props.title })}
    >
      <Title order={4} size="h5">
        {props.title}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {props.subtitle}
      </Text>
      {props.chart}
      <ScrollArea.Autosize
        mah={170}
        mt="xs"
        viewportProps={{
          tabIndex: 0,
          className: 'mantine-focus-auto',
          role: 'region',
          'aria-label': t('visits:charts.valuesScrollable', { title: props.title }),
        }}
      >
        {props.table}
      </ScrollArea.Autosize>
    </Card>
  );
}

export function PainMonitoringChart({ days }: { days: PatientProgress['painMonitoring'] }) {
  const t = useT();
  const language = useUiLanguage();
  const data = days.map((day) => ({ ...day, date: shortDay(day.date, language) }));
  const title = t('visits:charts.painMonitoring');
  return (
    <ChartCard
      title={title}
      subtitle={t('visits:charts.painMonitoringSubtitle', { limit: PAIN_DURING_LIMIT })}
      chart={
        <LineChart
          h={200}
          data={data}
          dataKey="date"
          series={PAIN_SERIES.map((s) => ({ ...s, label: t(s.label) }))}
          curveType="linear"
          connectNulls
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 24 }}
          yAxisProps={{
            domain: [0, 10],
            width: 28,
            tickFormatter: (tick: number) => formatNumber(tick),
          }}
          valueFormatter={(value) => rating(value)}
          referenceLines={[
            {
              y: PAIN_DURING_LIMIT,
              color: 'red.6',
              strokeDasharray: '5 4',
              label: t('visits:charts.limit'),
            },
          ]}
        />
      }
      table={
        <Table verticalSpacing={1} fz="xs" aria-label={t('visits:charts.values', { title })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('visits:charts.date')}</Table.Th>
              {PAIN_SERIES.map((s) => (
                <Table.Th key={s.name}>{t(s.label)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.map((day) => (
              <Table.Tr key={day.date}>
                <Table.Td>{shortDay(day.date, language)}</Table.Td>
                {PAIN_SERIES.map((s) => (
                  <Table.Td key={s.name}>{rating(day[s.name])}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}

export function RunningLoadChart({ progress }: { progress: PatientProgress }) {
  const t = useT();
  const language = useUiLanguage();
  const { running, painMonitoring } = progress;
  // Time where it was recorded, otherwise distance: one bar series on its own axis.
  const byMinutes = running.some((r) => r.minutesPerWeek !== null);
  const unit = byMinutes ? 'min' : 'km';
  const load = (r: PatientProgress['running'][number]) =>
    byMinutes ? r.minutesPerWeek : r.kmPerWeek;
  // From the week the first recorded running covers: pain from before it says nothing of it.
  const from = running[0] ? addDays(running[0].date, -7) : '';
  const dates = [...new Set([...running.map((r) => r.date), ...painMonitoring.map((p) => p.date)])]
    .filter((date) => date >= from)
    .sort();
  const data = dates.map((date) => {
    const run = running.find((r) => r.date === date);
    const pain = painMonitoring.find((p) => p.date === date);
    return {
      date: shortDay(date, language),
      load: run ? load(run) : null,
      duringExercise: pain?.duringExercise ?? null,
      nextMorning: pain?.nextMorning ?? null,
    };
  });
  const title = t('visits:charts.runningLoad');
  return (
    <ChartCard
      title={title}
      subtitle={t('visits:charts.runningLoadSubtitle', { unit })}
      chart={
        <CompositeChart
          h={200}
          data={data}
          dataKey="date"
          withRightYAxis
          connectNulls
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 24 }}
          yAxisProps={{
            domain: [0, 10],
            width: 28,
            tickFormatter: (tick: number) => formatNumber(tick),
          }}
          rightYAxisProps={{ width: 40, tickFormatter: (tick: number) => formatNumber(tick) }}
          valueFormatter={(value) => formatNumber(value)}
          series={[
            {
              name: 'load',
              label: t('visits:charts.runningPerWeek', { unit }),
              color: 'teal.6',
              type: 'bar',
              yAxisId: 'right',
            },
            {
              name: 'duringExercise',
              label: t('visits:charts.duringExercise'),
              color: 'orange.7',
              type: 'line',
            },
            {
              name: 'nextMorning',
              label: t('visits:charts.nextMorning'),
              color: 'grape.7',
              type: 'line',
            },
          ]}
          curveType="linear"
          maxBarWidth={24}
        />
      }
      table={
        <Table verticalSpacing={1} fz="xs" aria-label={t('visits:charts.values', { title })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('visits:charts.visit')}</Table.Th>
              <Table.Th>{t('visits:running.time')}</Table.Th>
              <Table.Th>{t('visits:running.distance')}</Table.Th>
              <Table.Th>{t('visits:running.stage')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {running.map((r) => (
              <Table.Tr key={r.visitId}>
                <Table.Td>{shortDay(r.date, language)}</Table.Td>
                <Table.Td>
                  {r.minutesPerWeek === null ? '' : `${formatNumber(r.minutesPerWeek)} min`}
                </Table.Td>
                <Table.Td>{r.kmPerWeek === null ? '' : `${formatNumber(r.kmPerWeek)} km`}</Table.Td>
                <Table.Td>
                  {r.walkRunStage === null
                    ? ''
                    : t('visits:running.stageValue', { stage: r.walkRunStage })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
