// The print options: paper, items per row, large print, photos, and for the home programme
// the phases it covers, the diary weeks, the notes written for this patient (on by default)
// and progressions.
import { Checkbox, NumberInput, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import type { PaperSize } from '../../../../shared/domain/settings';

export type PrintDocument = 'home-programme' | 'plan-summary';

export interface PrintChoices {
  paperSize: PaperSize | 'clinic';
  itemsPerRow: 1 | 2;
  largePrint: boolean;
  includeImages: boolean;
  adherenceWeeks: number;
  includeItemNotes: boolean;
  includeProgression: boolean;
  /** Null: the phase the patient is in (the core's default). */
  phaseIds: string[] | null;
}

/** A phase of the version being printed, as the phase choice lists it. */
export interface PrintablePhase {
  id: string;
  title: string;
  current: boolean;
}

export const defaultChoices: PrintChoices = {
  paperSize: 'clinic',
  itemsPerRow: 1,
  largePrint: false,
  includeImages: true,
  adherenceWeeks: 2,
  includeItemNotes: true,
  includeProgression: false,
  phaseIds: null,
};

interface Props {
  document: PrintDocument;
  choices: PrintChoices;
  clinicPaper: PaperSize | undefined;
  /** The version's phases; the choice is shown when there is more than one. */
  phases: readonly PrintablePhase[];
  onChange(next: PrintChoices): void;
}

function PhaseChoice(props: {
  phases: readonly PrintablePhase[];
  value: string[] | null;
  onChange(ids: string[]): void;
}) {
  const selected = props.value ?? props.phases.filter((p) => p.current).map((p) => p.id);
  return (
    <Checkbox.Group
      label="Phases to print"
      description="The sheet and its diary cover only these; the current phase is chosen first"
      value={selected}
      onChange={props.onChange}
      error={selected.length === 0 ? 'Choose at least one phase to print.' : undefined}
    >
      <Stack gap={6} mt={6}>
        {props.phases.map((phase) => (
          <Checkbox
            key={phase.id}
            value={phase.id}
            label={phase.current ? `${phase.title} (current)` : phase.title}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

export function PrintOptionsForm({ document, choices, clinicPaper, phases, onChange }: Props) {
  const set = <K extends keyof PrintChoices>(key: K, value: PrintChoices[K]) =>
    onChange({ ...choices, [key]: value });
  return (
    <Stack gap="md">
      <div>
        <Text size="sm" fw={500} id="paper-label" mb={4}>
          Paper
        </Text>
        <SegmentedControl
          aria-labelledby="paper-label"
          fullWidth
          value={choices.paperSize}
          onChange={(value) => set('paperSize', value as PrintChoices['paperSize'])}
          data={[
            { value: 'clinic', label: `Clinic (${clinicPaper ?? 'A4'})` },
            { value: 'A4', label: 'A4' },
            { value: 'Letter', label: 'Letter' },
          ]}
        />
      </div>
      <div>
        <Text size="sm" fw={500} id="per-row-label" mb={4}>
          Items per row
        </Text>
        <SegmentedControl
          aria-labelledby="per-row-label"
          fullWidth
          disabled={choices.largePrint}
          value={String(choices.itemsPerRow)}
          onChange={(value) => set('itemsPerRow', value === '2' ? 2 : 1)}
          data={[
            { value: '1', label: 'One' },
            { value: '2', label: 'Two' },
          ]}
        />
        {choices.largePrint && (
          <Text size="xs" c="dimmed" mt={4}>
            Large print always prints one item per row.
          </Text>
        )}
      </div>
      <Switch
        label="Large print"
        description="16 pt text for patients with low vision"
        checked={choices.largePrint}
        onChange={(event) => set('largePrint', event.currentTarget.checked)}
      />
      <Switch
        label="Include photos"
        checked={choices.includeImages}
        onChange={(event) => set('includeImages', event.currentTarget.checked)}
      />
      {document === 'home-programme' && (
        <>
          {phases.length > 1 && (
            <PhaseChoice
              phases={phases}
              value={choices.phaseIds}
              onChange={(ids) => set('phaseIds', ids)}
            />
          )}
          <NumberInput
            label="Weeks of exercise diary"
            description="Tick boxes per exercise per day; 0 leaves the diary out"
            min={0}
            max={6}
            clampBehavior="strict"
            allowDecimal={false}
            value={choices.adherenceWeeks}
            onChange={(value) => set('adherenceWeeks', typeof value === 'number' ? value : 0)}
          />
          <Switch
            label="Include my notes for this patient"
            description="Library clinician notes are never printed on the home programme"
            checked={choices.includeItemNotes}
            onChange={(event) => set('includeItemNotes', event.currentTarget.checked)}
          />
          <Switch
            label="Include progressions"
            description="What to change when an exercise gets easy"
            checked={choices.includeProgression}
            onChange={(event) => set('includeProgression', event.currentTarget.checked)}
          />
        </>
      )}
    </Stack>
  );
}
