// Date and time fields the way a clinician writes them: "22 Nov 2026" and 14:05 (24 h),
// typed or picked, while the value stays an ISO date ("2026-11-22") and "HH:mm".
import { DateInput, TimePicker, type DateInputProps, type TimePickerProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { parseClinicDate } from './parse-date';

export const CLINIC_DATE_FORMAT = 'D MMM YYYY';

type ClinicDateInputProps = Omit<
  DateInputProps,
  'value' | 'onChange' | 'valueFormat' | 'dateParser'
> & {
  /** "YYYY-MM-DD", or "" when empty. */
  value: string;
  onChange: (value: string) => void;
};

export function ClinicDateInput({ value, onChange, ...props }: ClinicDateInputProps) {
  return (
    <DateInput
      valueFormat={CLINIC_DATE_FORMAT}
      dateParser={parseClinicDate}
      placeholder="e.g. 22 Nov 2026"
      leftSection={<IconCalendar size={16} aria-hidden />}
      allowDeselect
      {...props}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
    />
  );
}

type ClinicTimeInputProps = Omit<TimePickerProps, 'format' | 'withSeconds' | 'onChange'> & {
  label: string;
  /** "HH:mm", or "" while incomplete. */
  onChange: (value: string) => void;
};

export function ClinicTimeInput({ label, ...props }: ClinicTimeInputProps) {
  return (
    <TimePicker
      format="24h"
      label={label}
      hoursInputLabel={`${label}, hours`}
      minutesInputLabel={`${label}, minutes`}
      {...props}
    />
  );
}
