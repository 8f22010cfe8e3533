// The SOAP note with quick phrases: one click (or Enter on the chip) appends a line to
// fill in and puts the cursor where the value goes, so common findings are not retyped.
import { Button, Group, SimpleGrid, Textarea } from '@mantine/core';
import { soapFields, type Soap, type SoapField } from '../../../../shared/domain/visit';
import { useEffect, useRef } from 'react';
import type { IssueLookup } from './issues';
import { appendPhrase, phraseLabel, phraseText, SOAP_PHRASES } from './soap-phrases';

const LABELS: Record<SoapField, string> = {
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
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
  const boxes = useRef<Partial<Record<SoapField, HTMLTextAreaElement | null>>>({});
  // Where the cursor goes once the note with the new phrase is on screen (after the render
  // that shows it: the parent owns the text).
  const caret = useRef<{ field: SoapField; at: number } | null>(null);
  useEffect(() => {
    const pending = caret.current;
    if (pending === null) return;
    caret.current = null;
    const box = boxes.current[pending.field];
    box?.focus();
    box?.setSelectionRange(pending.at, pending.at);
  });
  const append = (field: SoapField, phrase: string) => {
    const { text, cursor } = appendPhrase(soap[field], phrase);
    caret.current = { field, at: cursor };
    onChange({ ...soap, [field]: text });
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
            ref={(box) => {
              boxes.current[field] = box;
            }}
            value={soap[field]}
            onChange={(event) => onChange({ ...soap, [field]: event.currentTarget.value })}
            error={issueAt('soap', field)}
          />
          <Group gap={4} mt={4}>
            {SOAP_PHRASES[field].map((phrase) => (
              <Button
                key={phrase}
                size="compact-xs"
                variant="default"
                aria-label={`Add to ${LABELS[field]}: ${phraseText(phrase)}`}
                onClick={() => append(field, phrase)}
              >
                {phraseLabel(phrase)}
              </Button>
            ))}
          </Group>
        </div>
      ))}
    </SimpleGrid>
  );
}
