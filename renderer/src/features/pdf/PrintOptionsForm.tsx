// The print options: paper, items per row, large print, photos, and for the home programme
// the phases it covers, the diary weeks, the notes written for this patient (on by default)
// and progressions.
import { Checkbox, NumberInput, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import type { PaperSize } from '../../../../shared/domain/settings';
import { useT } from '../../app/i18n';

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
  const t = useT();
  const selected = props.value ?? props.phases.filter((p) => p.current).map((p) => p.id);
  return (
    <Checkbox.Group
      label={t('print:options.phases')}
      description={t('print:options.phasesHint')}
      value={selected}
      onChange={props.onChange}
      error={selected.length === 0 ? t('print:options.choosePhase') : undefined}
    >
      <Stack gap={6} mt={6}>
        {props.phases.map((phase) => (
          <Checkbox
            key={phase.id}
            value={phase.id}
            label={
              phase.current ? t('print:options.currentPhase', { title: phase.title }) : phase.title
            }
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

export function PrintOptionsForm({ document, choices, clinicPaper, phases, onChange }: Props) {
  const t = useT();
  const set = <K extends keyof PrintChoices>(key: K, value: PrintChoices[K]) =>
    onChange({ ...choices, [key]: value });
  return (
    <Stack gap="md">
      <div>
        <Text size="sm" fw={500} id="paper-label" mb={4}>
          {t('print:options.paper')}
        </Text>
        <SegmentedControl
          aria-labelledby="paper-label"
          fullWidth
          value={choices.paperSize}
          onChange={(value) => set('paperSize', value as PrintChoices['paperSize'])}
          data={[
            {
              value: 'clinic',
              label: t('print:options.clinicPaper', { paper: clinicPaper ?? 'A4' }),
            },
            { value: 'A4', label: 'A4' },
            { value: 'Letter', label: 'Letter' },
          ]}
        />
      </div>
      <div>
        <Text size="sm" fw={500} id="per-row-label" mb={4}>
          {t('print:options.itemsPerRow')}
        </Text>
        <SegmentedControl
          aria-labelledby="per-row-label"
          fullWidth
          disabled={choices.largePrint}
          value={String(choices.itemsPerRow)}
          onChange={(value) => set('itemsPerRow', value === '2' ? 2 : 1)}
          data={[
            { value: '1', label: t('print:options.one') },
            { value: '2', label: t('print:options.two') },
          ]}
        />
        {choices.largePrint && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('print:options.largePrintOneRow')}
          </Text>
        )}
      </div>
      <Switch
        label={t('print:options.largePrint')}
        description={t('print:options.largePrintHint')}
        checked={choices.largePrint}
        onChange={(event) => set('largePrint', event.currentTarget.checked)}
      />
      <Switch
        label={t('print:options.photos')}
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
            label={t('print:options.diaryWeeks')}
            description={t('print:options.diaryWeeksHint')}
            min={0}
            max={6}
            clampBehavior="strict"
            allowDecimal={false}
            value={choices.adherenceWeeks}
            onChange={(value) => set('adherenceWeeks', typeof value === 'number' ? value : 0)}
          />
          <Switch
            label={t('print:options.notes')}
            description={t('print:options.notesHint')}
            checked={choices.includeItemNotes}
            onChange={(event) => set('includeItemNotes', event.currentTarget.checked)}
          />
          <Switch
            label={t('print:options.progressions')}
            description={t('print:options.progressionsHint')}
            checked={choices.includeProgression}
            onChange={(event) => set('includeProgression', event.currentTarget.checked)}
          />
        </>
      )}
    </Stack>
  );
}
