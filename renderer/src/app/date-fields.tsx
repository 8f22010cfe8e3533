// Date and time fields the way a clinician writes them: "22 Nov 2026" and 14:05 (24 h),
// typed or picked, while the value stays an ISO date ("2026-11-22") and "HH:mm".
import { DateInput, TimePicker, type DateInputProps, type TimePickerProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import type { UiLanguage } from '../../../shared/i18n';
import { formatDate } from './format';
import { useT, useUiLanguage } from './i18n';
import { parseClinicDate } from './parse-date';

/** How a picked date shows in the field, per language (dayjs tokens): as `formatDate` writes it. */
export const CLINIC_DATE_FORMATS: Readonly<Record<UiLanguage, string>> = {
  en: 'D MMM YYYY',
  es: 'D/M/YYYY',
  de: 'D.M.YYYY',
  fr: 'DD/MM/YYYY',
  pt: 'DD/MM/YYYY',
};

type ClinicDateInputProps = Omit<
  DateInputProps,
  'value' | 'onChange' | 'valueFormat' | 'dateParser'
> & {
  /** "YYYY-MM-DD", or "" when empty. */
  value: string;
  onChange: (value: string) => void;
};

export function ClinicDateInput({ value, onChange, ...props }: ClinicDateInputProps) {
  const t = useT();
  const language = useUiLanguage();
  return (
    <DateInput
      valueFormat={CLINIC_DATE_FORMATS[language]}
      dateParser={parseClinicDate}
      placeholder={t('app:date.placeholder', { example: formatDate('2026-11-22') })}
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
  const t = useT();
  return (
    <TimePicker
      format="24h"
      label={label}
      hoursInputLabel={t('app:date.hours', { label })}
      minutesInputLabel={t('app:date.minutes', { label })}
      {...props}
    />
  );
}
