// A searchable choice of current (not archived) patients, searched in the core as the
// clinician types: name, date of birth or condition.
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { PatientSummary } from '../../../../shared/domain/patient';
import { useApiQuery } from '../../app/api';
import { formatDate } from '../../app/format';
import { useT } from '../../app/i18n';
import type { Translate } from '../../../../shared/i18n';

function patientLabel(t: Translate, p: PatientSummary): string {
  const name = `${p.firstName} ${p.lastName}`;
  return p.dateOfBirth
    ? t('plans:patientPicker.born', { name, date: formatDate(p.dateOfBirth) })
    : name;
}

export function PatientPicker(props: {
  value: PatientSummary | null;
  onChange(patient: PatientSummary | null): void;
  error?: string | undefined;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const selectedLabel = props.value ? patientLabel(t, props.value) : null;
  // Once a patient is chosen the box shows their label; that is not a new search.
  const [query] = useDebouncedValue(search === selectedLabel ? '' : search, 150);
  const patients = useApiQuery(
    'patients.search',
    { query, archived: 'exclude' },
    { placeholderData: (previous) => previous },
  );
  const found = patients.data?.patients ?? [];
  // The chosen patient stays an option even when the latest search no longer finds them.
  const all =
    props.value && !found.some((p) => p.id === props.value?.id) ? [props.value, ...found] : found;
  return (
    <Select
      label={t('plans:patientPicker.label')}
      placeholder={t('plans:patientPicker.placeholder')}
      data={all.map((p) => ({ value: p.id, label: patientLabel(t, p) }))}
      value={props.value?.id ?? null}
      onChange={(id) => props.onChange(all.find((p) => p.id === id) ?? null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The core has already matched the words (any order, date formats); don't filter again.
      filter={({ options }) => options}
      nothingFoundMessage={
        patients.isFetching ? t('plans:patientPicker.searching') : t('plans:patientPicker.noMatch')
      }
      error={props.error}
      withAsterisk
    />
  );
}
