// Pain monitoring by day (first steps, during exercise, next morning) and running load by
// visit drawn with the pain ratings, each with its values as a table below the chart.
import { CompositeChart, LineChart } from '@mantine/charts';
import { Card, ScrollArea, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PatientProgress } from '../../../../shared/domain/visit-progress';
import { addDays, shortDate } from '../../../../shared/visits/dates';
import { PAIN_DURING_LIMIT } from '../../../../shared/visits/pain-monitoring';

const PAIN_SERIES = [
  { name: 'firstStepPain', label: 'First steps', color: 'blue.7' },
  { name: 'duringExercise', label: 'During exercise', color: 'orange.7' },
  { name: 'nextMorning', label: 'Next morning', color: 'grape.7' },
] as const;

function rating(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : `${value}/10`;
}

function ChartCard(props: { title: string; subtitle: string; chart: ReactNode; table: ReactNode }) {
  return (
    <Card withBorder padding="sm" component="figure" m={0} aria-label={`${props.title} chart`}>
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
          'aria-label': `${props.title} values, scrollable`,
        }}
      >
        {props.table}
      </ScrollArea.Autosize>
    </Card>
  );
}

export function PainMonitoringChart({ days }: { days: PatientProgress['painMonitoring'] }) {
  const data = days.map((day) => ({ ...day, date: shortDate(day.date) }));
  return (
    <ChartCard
      title="Pain monitoring"
      subtitle={`Diary and visits, 0–10; dashed line: ${PAIN_DURING_LIMIT}/10, the most pain during exercise the model accepts`}
      chart={
        <LineChart
          h={200}
          data={data}
          dataKey="date"
          series={PAIN_SERIES.map((s) => ({ ...s }))}
          curveType="linear"
          connectNulls
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 24 }}
          yAxisProps={{ domain: [0, 10], width: 28, tickFormatter: (tick: number) => String(tick) }}
          valueFormatter={(value) => `${value}/10`}
          referenceLines={[
            { y: PAIN_DURING_LIMIT, color: 'red.6', strokeDasharray: '5 4', label: 'Limit' },
          ]}
        />
      }
      table={
        <Table verticalSpacing={1} fz="xs" aria-label="Pain monitoring values">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              {PAIN_SERIES.map((s) => (
                <Table.Th key={s.name}>{s.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.map((day) => (
              <Table.Tr key={day.date}>
                <Table.Td>{shortDate(day.date)}</Table.Td>
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
      date: shortDate(date),
      load: run ? load(run) : null,
      duringExercise: pain?.duringExercise ?? null,
      nextMorning: pain?.nextMorning ?? null,
    };
  });
  return (
    <ChartCard
      title="Running load"
      subtitle={`Bars: running per week (${unit}, right axis) at each visit; lines: pain during exercise and next morning (0–10)`}
      chart={
        <CompositeChart
          h={200}
          data={data}
          dataKey="date"
          withRightYAxis
          connectNulls
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 24 }}
          yAxisProps={{ domain: [0, 10], width: 28 }}
          rightYAxisProps={{ width: 40 }}
          series={[
            {
              name: 'load',
              label: `Running (${unit}/week)`,
              color: 'teal.6',
              type: 'bar',
              yAxisId: 'right',
            },
            { name: 'duringExercise', label: 'During exercise', color: 'orange.7', type: 'line' },
            { name: 'nextMorning', label: 'Next morning', color: 'grape.7', type: 'line' },
          ]}
          curveType="linear"
          maxBarWidth={24}
        />
      }
      table={
        <Table verticalSpacing={1} fz="xs" aria-label="Running load values">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Visit</Table.Th>
              <Table.Th>Time</Table.Th>
              <Table.Th>Distance</Table.Th>
              <Table.Th>Walk-run stage</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {running.map((r) => (
              <Table.Tr key={r.visitId}>
                <Table.Td>{shortDate(r.date)}</Table.Td>
                <Table.Td>{r.minutesPerWeek === null ? '' : `${r.minutesPerWeek} min`}</Table.Td>
                <Table.Td>{r.kmPerWeek === null ? '' : `${r.kmPerWeek} km`}</Table.Td>
                <Table.Td>{r.walkRunStage === null ? '' : `Stage ${r.walkRunStage}`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
