// One score box of a paper form, typed from the keyboard (see digit-entry.ts).
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { cellText, entryKeyDown, focusSibling, readTyped, type CellValue } from './digit-entry';

interface EntryCellProps {
  label: string;
  value: CellValue;
  max: number;
  allowNa: boolean;
  group: string;
  error?: string | undefined;
  onChange: (value: CellValue) => void;
}

export function EntryCell({ label, value, max, allowNa, group, error, onChange }: EntryCellProps) {
  // Text that is not a valid answer yet stays in the box (with an error) until corrected;
  // otherwise the box shows the answer held by the form.
  const [rejected, setRejected] = useState<string | null>(null);
  const t = useT();

  return (
    <TextInput
      aria-label={label}
      value={rejected ?? cellText(value)}
      size="xs"
      w={64}
      inputMode="numeric"
      autoComplete="off"
      data-entry-group={group}
      error={
        error ??
        (rejected === null
          ? undefined
          : allowNa
            ? t('outcomes:form.cellRangeNa', { max })
            : t('outcomes:form.cellRange', { max }))
      }
      onFocus={(event) => event.currentTarget.select()}
      onKeyDown={entryKeyDown}
      onChange={(event) => {
        const input = event.currentTarget;
        const typed = readTyped(input.value, max, allowNa);
        if (!typed) {
          setRejected(input.value);
          return;
        }
        setRejected(null);
        onChange(typed.value);
        if (!typed.complete) return;
        const next = focusSibling(input, 1);
        if (next && typed.carry) {
          // Hand the extra digit to the next box as if it had been typed there.
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          setter?.call(next, typed.carry);
          next.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }}
    />
  );
}
