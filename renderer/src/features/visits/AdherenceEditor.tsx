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
import { addDays, readableDate, weekdayLabels } from '../../../../shared/visits/dates';
import { ClinicDateInput } from '../../app/date-fields';
import { EntryCell } from './EntryCell';
import type { IssueLookup } from './issues';

type PainField = 'firstStepPain' | 'painDuringExercise' | 'nextMorningPain';

/** The diary's pain rows, in the order the printed grid has them. */
const PAIN_ROWS: readonly { field: PainField; label: string }[] = [
  { field: 'firstStepPain', label: 'First-step pain' },
  { field: 'painDuringExercise', label: 'Pain during exercise' },
  { field: 'nextMorningPain', label: 'Next-morning pain' },
];

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
  const values = painRow(week, row.field);
  return (
    <Table.Tr>
      <Table.Td colSpan={2}>
        <Text size="sm" fw={500}>
          {row.label} (0–10)
        </Text>
      </Table.Td>
      {days.map((day, d) => (
        <Table.Td key={`${row.field}-${day}-${d}`}>
          <EntryCell
            label={`${row.label}, ${day} ${readableDate(addDays(week.weekStart, d))}`}
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
  const days = weekdayLabels(week.weekStart);
  const summary = summariseAdherence([week]);
  const setExercise = (row: number, patch: Partial<AdherenceWeek['exercises'][number]>) =>
    onChange({
      ...week,
      exercises: week.exercises.map((e, i) => (i === row ? { ...e, ...patch } : e)),
    });
  return (
    <Stack gap={4} component="section" aria-label={`Week from ${readableDate(week.weekStart)}`}>
      <Group justify="space-between">
        <Group gap="xs" align="flex-end">
          <ClinicDateInput
            size="xs"
            label="Week starting"
            value={week.weekStart}
            // A week always has a start: clearing the field keeps the one it had.
            onChange={(weekStart) => weekStart && onChange({ ...week, weekStart })}
            error={issueAt('adherence', index, 'weekStart')}
          />
          <Text size="sm" c="dimmed" role="status">
            {summary.percent === null
              ? 'No exercises prescribed'
              : `Adherence ${Math.round(summary.percent)} % (${summary.daysDone} of ${summary.daysTarget} days)`}
          </Text>
        </Group>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={`Remove week from ${readableDate(week.weekStart)}`}
          onClick={onRemove}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
      <Table
        withTableBorder
        verticalSpacing={2}
        aria-label={`Exercise grid, week from ${readableDate(week.weekStart)}`}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Exercise</Table.Th>
            <Table.Th w={90}>Days/week</Table.Th>
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
                  aria-label={`${exercise.title}: days a week prescribed`}
                  value={exercise.targetDays}
                  onChange={(value) =>
                    setExercise(row, { targetDays: typeof value === 'number' ? value : 7 })
                  }
                />
              </Table.Td>
              {days.map((day, d) => (
                <Table.Td key={`${day}-${d}`} ta="center">
                  <Checkbox
                    aria-label={`${exercise.title}, ${day} ${readableDate(addDays(week.weekStart, d))}`}
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
          Home programme grid
        </Title>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={addWeek}>
          {weeks.length === 0 ? 'Add a week' : 'Add earlier week'}
        </Button>
      </Group>
      {weeks.length === 0 && (
        <Text size="sm" c="dimmed">
          No grid entered. Add a week to copy in what the patient ticked.
        </Text>
      )}
      {weeks.length > 0 && (
        <Text size="xs" c="dimmed">
          Tab moves between boxes and Space ticks. A week left completely blank is not saved.
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
