// The SOAP note with quick phrases: one click (or Enter on the chip) appends a line to
// fill in, so common findings are not retyped at every visit.
import { Button, Group, SimpleGrid, Textarea } from '@mantine/core';
import { soapFields, type Soap, type SoapField } from '../../../../shared/domain/visit';
import type { IssueLookup } from './issues';

const LABELS: Record<SoapField, string> = {
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
};

const PHRASES: Record<SoapField, string[]> = {
  subjective: [
    'First-step pain: /10',
    'Running: km this week',
    'Pain after rest: ',
    'Home exercises: ',
  ],
  objective: [
    'Windlass test: ',
    'Knee to wall: L cm, R cm',
    'Single-leg heel raises: L , R ',
    'Tender on palpation: ',
  ],
  assessment: [
    'Improving as expected',
    'Load tolerance rising',
    'No red flags today',
    'Plateau: review the load',
  ],
  plan: [
    'Continue the programme',
    'Progress load next visit',
    'Review in 1 week',
    'Return-to-run step: ',
  ],
};

export function SoapFields({
  soap,
  onChange,
  issueAt,
}: {
  soap: Soap;
  onChange: (soap: Soap) => void;
  issueAt: IssueLookup;
}) {
  const append = (field: SoapField, phrase: string) => {
    const current = soap[field];
    onChange({
      ...soap,
      [field]: current === '' ? phrase : `${current.replace(/\s+$/, '')}\n${phrase}`,
    });
  };
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {soapFields.map((field) => (
        <div key={field}>
          <Textarea
            label={LABELS[field]}
            autosize
            minRows={3}
            maxRows={12}
            value={soap[field]}
            onChange={(event) => onChange({ ...soap, [field]: event.currentTarget.value })}
            error={issueAt('soap', field)}
          />
          <Group gap={4} mt={4}>
            {PHRASES[field].map((phrase) => (
              <Button
                key={phrase}
                size="compact-xs"
                variant="default"
                aria-label={`Add to ${LABELS[field]}: ${phrase}`}
                onClick={() => append(field, phrase)}
              >
                {phrase.replace(/[:\s]+$/, '')}
              </Button>
            ))}
          </Group>
        </div>
      ))}
    </SimpleGrid>
  );
}
