// The language a printed document is written in: a choice of the five the app speaks, which
// language a patient's sheet starts in, and the items that will print in English because
// they have no text (or only out-of-date text) in the chosen language.
import { Alert, List, Select, Text } from '@mantine/core';
import type { UntranslatedItem } from '../../../../shared/contract/pdf';
import type { HandoutLanguage } from '../../../../shared/domain/common';
import {
  intlLocales,
  isUiLanguage,
  uiLanguageNames,
  uiLanguages,
  type UiLanguage,
} from '../../../../shared/i18n';
import { useT, useUiLanguage } from '../../app/i18n';

/**
 * A patient's sheet starts in the patient's preferred language when the app speaks it, else
 * in the clinic's handout language, else English.
 */
export function sheetLanguageFor(
  patient: HandoutLanguage | undefined,
  clinic: HandoutLanguage | undefined,
): UiLanguage {
  if (isUiLanguage(patient)) return patient;
  if (isUiLanguage(clinic)) return clinic;
  return 'en';
}

/** "Spanish" in the screens' language ("Spanisch" on German screens). */
export function useLanguageName(): (code: string) => string {
  const screens = useUiLanguage();
  const names = new Intl.DisplayNames([intlLocales[screens]], { type: 'language' });
  return (code) => names.of(code) ?? code;
}

export function LanguageChoice(props: {
  label: string;
  value: UiLanguage;
  onChange(language: UiLanguage): void;
  /** The patient's preferred language, when the sheet is for the patient. */
  patientPrefers?: HandoutLanguage | undefined;
}) {
  const t = useT();
  const nameOf = useLanguageName();
  const prefers = props.patientPrefers;
  const description =
    prefers === undefined
      ? undefined
      : isUiLanguage(prefers)
        ? t('print:language.patientPrefers', { language: nameOf(prefers) })
        : t('print:language.notAvailable', {
            language: nameOf(prefers),
            fallback: nameOf(props.value),
          });
  return (
    <Select
      label={props.label}
      description={description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data={uiLanguages.map((code) => ({ value: code, label: uiLanguageNames[code] }))}
      value={props.value}
      allowDeselect={false}
      onChange={(next) => {
        if (isUiLanguage(next)) props.onChange(next);
      }}
    />
  );
}

/** Said before printing, never silently: which items print in English and why. */
export function UntranslatedNotice(props: {
  items: readonly UntranslatedItem[];
  language: UiLanguage;
}) {
  const t = useT();
  const nameOf = useLanguageName();
  if (props.items.length === 0 || props.language === 'en') return null;
  const language = nameOf(props.language);
  return (
    <Alert color="yellow" title={t('print:language.untranslatedTitle')}>
      <Text size="sm">
        {t('print:language.untranslated', { count: props.items.length, language })}
      </Text>
      <List size="sm" mt={4} aria-label={t('print:language.untranslatedTitle')}>
        {props.items.map((item) => (
          <List.Item key={item.title}>
            {item.status === 'outdated'
              ? t('print:language.outdated', { title: item.title, language })
              : item.title}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
