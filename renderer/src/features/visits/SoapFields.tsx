// The SOAP note with quick phrases: one click (or Enter on the chip) appends a line to
// fill in and puts the cursor where the value goes, so common findings are not retyped.
import { Button, Group, SimpleGrid, Textarea } from '@mantine/core';
import { soapFields, type Soap, type SoapField } from '../../../../shared/domain/visit';
import { useEffect, useRef } from 'react';
import type { IssueLookup } from './issues';
import { useT } from '../../app/i18n';
import { appendPhrase, phraseLabel, phraseText, SOAP_PHRASES, soapLabelKeys } from './soap-phrases';

export function SoapFields({
  soap,
  onChange,
  issueAt,
}: {
  soap: Soap;
  onChange: (soap: Soap) => void;
  issueAt: IssueLookup;
}) {
  const t = useT();
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
            label={t(soapLabelKeys[field])}
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
            {SOAP_PHRASES[field].map((key) => {
              const phrase = t(key);
              return (
                <Button
                  key={key}
                  size="compact-xs"
                  variant="default"
                  aria-label={t('visits:soap.addPhrase', {
                    field: t(soapLabelKeys[field]),
                    phrase: phraseText(phrase),
                  })}
                  onClick={() => append(field, phrase)}
                >
                  {phraseLabel(phrase)}
                </Button>
              );
            })}
          </Group>
        </div>
      ))}
    </SimpleGrid>
  );
}
