// The printed weekly grid, copied in: a tick per exercise per day (Tab and Space), and the
// pain diary the patient wrote for each day: first steps, during exercise, the next morning
// (type the digit, the cursor moves on).
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { AdherenceWeek } from '../../../../shared/domain/visit';
import { summariseAdherence } from '../../../../shared/visits/adherence';
import { addDays } from '../../../../shared/visits/dates';
import { ClinicDateInput } from '../../app/date-fields';
import { formatNumber } from '../../app/format';
import { useT, useUiLanguage } from '../../app/i18n';
import { dayText, weekdayNames } from './day-labels';
import { EntryCell } from './EntryCell';
import type { IssueLookup } from './issues';

type PainField = 'firstStepPain' | 'painDuringExercise' | 'nextMorningPain';

/** The diary's pain rows, in the order the printed grid has them. */
const PAIN_ROWS = [
  { field: 'firstStepPain', label: 'visits:adherence.firstStepPain' },
  { field: 'painDuringExercise', label: 'visits:adherence.duringExercise' },
  { field: 'nextMorningPain', label: 'visits:adherence.nextMorningPain' },
] as const satisfies readonly { field: PainField; label: string }[];

const BLANK_WEEK: readonly null[] = Array<null>(7).fill(null);

/** A week's ratings for one row; rows added after a grid was recorded read as blank. */
function painRow(week: AdherenceWeek, field: PainField): readonly (number | null)[] {
  return week[field] ?? BLANK_WEEK;
}

function PainRow({
  row,
  week,
  index,
  days,
  onChange,
  issueAt,
}: {
  row: (typeof PAIN_ROWS)[number];
  week: AdherenceWeek;
  index: number;
  days: string[];
  onChange: (week: AdherenceWeek) => void;
  issueAt: IssueLookup;
}) {
  const t = useT();
  const language = useUiLanguage();
  const values = painRow(week, row.field);
  return (
    <Table.Tr>
      <Table.Td colSpan={2}>
        <Text size="sm" fw={500}>
          {t('visits:adherence.painScale', { label: t(row.label) })}
        </Text>
      </Table.Td>
      {days.map((day, d) => (
        <Table.Td key={`${row.field}-${day}-${d}`}>
          <EntryCell
            label={t('visits:adherence.cell', {
              row: t(row.label),
              day,
              date: dayText(addDays(week.weekStart, d), language),
            })}
            value={values[d] ?? null}
            max={10}
            allowNa={false}
            // Typing moves along the row: the diary is copied one row at a time.
            group={`${row.field}-${index}`}
            error={issueAt('adherence', index, row.field, d)}
            onChange={(value) =>
              onChange({
                ...week,
                [row.field]: values.map((v, i) => (i === d ? (value === 'na' ? null : value) : v)),
              })
            }
          />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

interface Props {
  weeks: AdherenceWeek[];
  onChange: (weeks: AdherenceWeek[]) => void;
  /** Exercises of the plan, for a new week's rows. */
  planExercises: AdherenceWeek['exercises'];
  visitDate: string;
  issueAt: IssueLookup;
}

function WeekGrid({
  week,
  index,
  onChange,
  onRemove,
  issueAt,
}: {
  week: AdherenceWeek;
  index: number;
  onChange: (week: AdherenceWeek) => void;
  onRemove: () => void;
  issueAt: IssueLookup;
}) {
  const t = useT();
  const language = useUiLanguage();
  const days = weekdayNames(week.weekStart, language);
  const from = dayText(week.weekStart, language);
  const summary = summariseAdherence([week]);
  const setExercise = (row: number, patch: Partial<AdherenceWeek['exercises'][number]>) =>
    onChange({
      ...week,
      exercises: week.exercises.map((e, i) => (i === row ? { ...e, ...patch } : e)),
    });
  return (
    <Stack gap={4} component="section" aria-label={t('visits:adherence.week', { date: from })}>
      <Group justify="space-between">
        <Group gap="xs" align="flex-end">
          <ClinicDateInput
            size="xs"
            label={t('visits:adherence.weekStarting')}
            value={week.weekStart}
            // A week always has a start: clearing the field keeps the one it had.
            onChange={(weekStart) => weekStart && onChange({ ...week, weekStart })}
            error={issueAt('adherence', index, 'weekStart')}
          />
          <Text size="sm" c="dimmed" role="status">
            {summary.percent === null
              ? t('visits:adherence.noExercises')
              : t('visits:adherence.weekSummary', {
                  count: summary.daysTarget,
                  percent: formatNumber(Math.round(summary.percent)),
                  done: summary.daysDone,
                })}
          </Text>
        </Group>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('visits:adherence.removeWeek', { date: from })}
          onClick={onRemove}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
      <Table
        withTableBorder
        verticalSpacing={2}
        aria-label={t('visits:adherence.grid', { date: from })}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('visits:adherence.exercise')}</Table.Th>
            <Table.Th w={90}>{t('visits:adherence.daysPerWeek')}</Table.Th>
            {days.map((day, i) => (
              <Table.Th key={`${day}-${i}`} ta="center">
                {day}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {week.exercises.map((exercise, row) => (
            <Table.Tr key={`${exercise.planItemId ?? exercise.title}-${row}`}>
              <Table.Td>
                <Text size="sm">{exercise.title}</Text>
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  w={70}
                  min={1}
                  max={7}
                  aria-label={t('visits:adherence.targetDays', { title: exercise.title })}
                  value={exercise.targetDays}
                  onChange={(value) =>
                    setExercise(row, { targetDays: typeof value === 'number' ? value : 7 })
                  }
                />
              </Table.Td>
              {days.map((day, d) => (
                <Table.Td key={`${day}-${d}`} ta="center">
                  <Checkbox
                    aria-label={t('visits:adherence.tick', {
                      title: exercise.title,
                      day,
                      date: dayText(addDays(week.weekStart, d), language),
                    })}
                    checked={exercise.days[d] ?? false}
                    onChange={(event) =>
                      setExercise(row, {
                        days: exercise.days.map((v, i) =>
                          i === d ? event.currentTarget.checked : v,
                        ),
                      })
                    }
                    styles={{ body: { justifyContent: 'center' } }}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          {PAIN_ROWS.map((row) => (
            <PainRow
              key={row.field}
              row={row}
              week={week}
              index={index}
              days={days}
              onChange={onChange}
              issueAt={issueAt}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function AdherenceEditor({ weeks, onChange, planExercises, visitDate, issueAt }: Props) {
  const t = useT();
  const addWeek = () => {
    const earliest = weeks.reduce<string>(
      (min, week) => (week.weekStart < min ? week.weekStart : min),
      addDays(visitDate, 0),
    );
    const weekStart = weeks.length === 0 ? addDays(visitDate, -7) : addDays(earliest, -7);
    onChange([
      ...weeks,
      {
        weekStart,
        firstStepPain: [...BLANK_WEEK],
        painDuringExercise: [...BLANK_WEEK],
        nextMorningPain: [...BLANK_WEEK],
        exercises: (weeks[0]?.exercises ?? planExercises).map((e) => ({
          ...e,
          days: Array<boolean>(7).fill(false),
        })),
      },
    ]);
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('visits:adherence.title')}
        </Title>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={addWeek}>
          {weeks.length === 0
            ? t('visits:adherence.addWeek')
            : t('visits:adherence.addEarlierWeek')}
        </Button>
      </Group>
      {weeks.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('visits:adherence.empty')}
        </Text>
      )}
      {weeks.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('visits:adherence.keys')}
        </Text>
      )}
      {weeks.map((week, index) => (
        <WeekGrid
          key={index}
          week={week}
          index={index}
          issueAt={issueAt}
          onChange={(next) => onChange(weeks.map((w, i) => (i === index ? next : w)))}
          onRemove={() => onChange(weeks.filter((_, i) => i !== index))}
        />
      ))}
    </Stack>
  );
}
