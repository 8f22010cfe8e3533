// Progress over time: one chart per outcome measure with its MCID line, first-step pain from
// the home grids, and adherence. Each chart has its values as a table beside it; dates, numbers,
// axis labels and tooltips follow the screens' language.
import { LineChart } from '@mantine/charts';
import { Badge, Card, ScrollArea, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { PatientProgress } from '../../../../shared/domain/visit-progress';
import { outcomeMeasures } from '../../../../shared/outcomes';
import { formatNumber } from '../../app/format';
import { useT, useUiLanguage } from '../../app/i18n';
import { shortDay } from './day-labels';
import { PainMonitoringChart, RunningLoadChart } from './LoadCharts';
import { scoreText } from './outcome-labels';

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
  const t = useT();
  const language = useUiLanguage();
  const data = points.map((point) => ({
    date: shortDay(point.date, language),
    value: point.value,
  }));
  return (
    <Card
      withBorder
      padding="sm"
      component="figure"
      m={0}
      aria-label={t('visits:charts.chart', { title })}
    >
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
          tickFormatter: (tick: number) => formatNumber(tick),
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
          'aria-label': t('visits:charts.valuesScrollable', { title }),
        }}
      >
        <Table verticalSpacing={1} fz="xs" aria-label={t('visits:charts.values', { title })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('visits:charts.date')}</Table.Th>
              <Table.Th>{t('visits:charts.value')}</Table.Th>
              {reference && <Table.Th>{t('visits:charts.mcid')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {points.map((point, index) => (
              <Table.Tr key={`${point.date}-${index}`}>
                <Table.Td>{shortDay(point.date, language)}</Table.Td>
                <Table.Td>{format(point.value)}</Table.Td>
                {reference && (
                  <Table.Td>
                    {point.mcid ? (
                      <Badge size="xs" color="teal">
                        {t('outcomes:score.mcidReached')}
                      </Badge>
                    ) : index === 0 ? (
                      t('outcomes:score.baseline')
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
  const t = useT();
  const hasAny =
    progress.measures.length > 0 ||
    progress.firstStepPain.length > 0 ||
    progress.adherence.length > 0 ||
    progress.painMonitoring.length > 0 ||
    progress.running.length > 0;
  if (!hasAny) {
    return (
      <Text size="sm" c="dimmed">
        {t('visits:charts.none')}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
      {progress.measures.map((series) => {
        const definition = outcomeMeasures[series.measure];
        const mcid = { points: definition.mcid.points, source: definition.mcid.source };
        return (
          <ProgressChart
            key={series.measure}
            title={definition.shortName}
            subtitle={
              definition.direction === 'higher_is_better'
                ? t('outcomes:chart.higherIsBetter', mcid)
                : t('outcomes:chart.lowerIsBetter', mcid)
            }
            points={series.points.map((p) => ({
              date: p.date,
              value: p.score,
              mcid: p.reachesMcid,
            }))}
            yMin={definition.scoreMin}
            yMax={definition.scoreMax}
            reference={{ value: series.mcidTarget, label: t('visits:charts.mcid') }}
            format={(value) => scoreText(series.measure, value)}
          />
        );
      })}
      {progress.firstStepPain.length > 0 && (
        <ProgressChart
          title={t('visits:charts.firstStepPain')}
          subtitle={t('visits:charts.firstStepPainSubtitle')}
          points={progress.firstStepPain.map((p) => ({ date: p.date, value: p.pain }))}
          yMin={0}
          yMax={10}
          format={(value) => `${formatNumber(value)}/10`}
        />
      )}
      {progress.painMonitoring.length > 0 && <PainMonitoringChart days={progress.painMonitoring} />}
      {progress.running.length > 0 && <RunningLoadChart progress={progress} />}
      {progress.adherence.length > 0 && (
        <ProgressChart
          title={t('visits:charts.adherence')}
          subtitle={t('visits:charts.adherenceSubtitle')}
          points={progress.adherence.map((p) => ({ date: p.date, value: p.percent }))}
          yMin={0}
          yMax={100}
          format={(value) => `${formatNumber(Math.round(value))} %`}
        />
      )}
    </SimpleGrid>
  );
}
