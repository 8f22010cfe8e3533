// Progress over time: one chart per outcome measure with its MCID line, first-step pain from
// the home grids, and adherence. Each chart has its values as a table beside it.
import { LineChart } from '@mantine/charts';
import { Badge, Card, ScrollArea, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { PatientProgress } from '../../../../shared/domain/visit-progress';
import { formatScore, outcomeMeasures } from '../../../../shared/outcomes';
import { shortDate } from '../../../../shared/visits/dates';
import { PainMonitoringChart, RunningLoadChart } from './LoadCharts';

interface ChartPoint {
  date: string;
  value: number;
  mcid?: boolean;
}

interface ProgressChartProps {
  title: string;
  subtitle: string;
  points: ChartPoint[];
  yMin: number;
  yMax: number;
  reference?: { value: number; label: string };
  format: (value: number) => string;
}

function ProgressChart({
  title,
  subtitle,
  points,
  yMin,
  yMax,
  reference,
  format,
}: ProgressChartProps) {
  const data = points.map((point) => ({ date: shortDate(point.date), value: point.value }));
  return (
    <Card withBorder padding="sm" component="figure" m={0} aria-label={`${title} chart`}>
      <Title order={4} size="h5">
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {subtitle}
      </Text>
      <LineChart
        h={180}
        data={data}
        dataKey="date"
        series={[{ name: 'value', label: title, color: 'teal.7' }]}
        curveType="linear"
        withLegend={false}
        yAxisProps={{
          domain: [yMin, yMax],
          width: 36,
          tickFormatter: (tick: number) => String(tick),
        }}
        valueFormatter={format}
        referenceLines={
          reference
            ? [
                {
                  y: reference.value,
                  label: reference.label,
                  color: 'orange.6',
                  strokeDasharray: '5 4',
                },
              ]
            : []
        }
        data-testid={`chart-${title}`}
      />
      {/* Long series (a pain value per morning) scroll rather than stretch the card. */}
      <ScrollArea.Autosize
        mah={170}
        mt="xs"
        // Focusable so the values can be scrolled with the keyboard.
        viewportProps={{
          tabIndex: 0,
          className: 'mantine-focus-auto',
          role: 'region',
          'aria-label': `${title} values, scrollable`,
        }}
      >
        <Table verticalSpacing={1} fz="xs" aria-label={`${title} values`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Value</Table.Th>
              {reference && <Table.Th>MCID</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {points.map((point, index) => (
              <Table.Tr key={`${point.date}-${index}`}>
                <Table.Td>{shortDate(point.date)}</Table.Td>
                <Table.Td>{format(point.value)}</Table.Td>
                {reference && (
                  <Table.Td>
                    {point.mcid ? (
                      <Badge size="xs" color="teal">
                        MCID reached
                      </Badge>
                    ) : index === 0 ? (
                      'baseline'
                    ) : (
                      ''
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Card>
  );
}

export function ProgressCharts({ progress }: { progress: PatientProgress }) {
  const hasAny =
    progress.measures.length > 0 ||
    progress.firstStepPain.length > 0 ||
    progress.adherence.length > 0 ||
    progress.painMonitoring.length > 0 ||
    progress.running.length > 0;
  if (!hasAny) {
    return (
      <Text size="sm" c="dimmed">
        Charts appear once scores, a home grid or adherence are recorded at a visit.
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
      {progress.measures.map((series) => {
        const definition = outcomeMeasures[series.measure];
        return (
          <ProgressChart
            key={series.measure}
            title={definition.shortName}
            subtitle={`${definition.direction === 'higher_is_better' ? 'Higher is better' : 'Lower is better'}; dashed line: MCID from the baseline (${definition.mcid.points} points, ${definition.mcid.source})`}
            points={series.points.map((p) => ({
              date: p.date,
              value: p.score,
              mcid: p.reachesMcid,
            }))}
            yMin={definition.scoreMin}
            yMax={definition.scoreMax}
            reference={{ value: series.mcidTarget, label: 'MCID' }}
            format={(value) => formatScore(series.measure, value)}
          />
        );
      })}
      {progress.firstStepPain.length > 0 && (
        <ProgressChart
          title="First-step pain"
          subtitle="From the home grid, each morning (0–10, lower is better)"
          points={progress.firstStepPain.map((p) => ({ date: p.date, value: p.pain }))}
          yMin={0}
          yMax={10}
          format={(value) => `${value}/10`}
        />
      )}
      {progress.painMonitoring.length > 0 && <PainMonitoringChart days={progress.painMonitoring} />}
      {progress.running.length > 0 && <RunningLoadChart progress={progress} />}
      {progress.adherence.length > 0 && (
        <ProgressChart
          title="Adherence"
          subtitle="Prescribed home-programme days done, per visit"
          points={progress.adherence.map((p) => ({ date: p.date, value: p.percent }))}
          yMin={0}
          yMax={100}
          format={(value) => `${Math.round(value)} %`}
        />
      )}
    </SimpleGrid>
  );
}
