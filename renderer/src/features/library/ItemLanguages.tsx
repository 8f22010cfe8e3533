// The item editor's "Languages" section: one tab per language with the patient's text in it
// (title, summary, steps, cautions, free-text settings), the English shown under each field,
// and the language's state: translated, not translated (sheets print English) or out of date.
import {
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  Stack,
  Tabs,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconLanguage } from '@tabler/icons-react';
import {
  translatableParameters,
  translatedLanguages,
  type EnglishText,
  type TranslatedLanguage,
  type TranslatedParameterPath,
} from '../../../../shared/domain/item-translations';
import { uiLanguageNames } from '../../../../shared/i18n/languages';
import { useT } from '../../app/i18n';
import type { DraftErrors } from './draft-errors';
import {
  emptyLanguageDraft,
  languageStatus,
  type LanguageDraft,
  type LanguageDrafts,
  type LanguageStatus,
} from './item-languages';

const badgeKeys = {
  translated: 'library:languages.badge.translated',
  missing: 'library:languages.badge.missing',
  outdated: 'library:languages.badge.outdated',
} as const;

const statusKeys = {
  translated: 'library:languages.status.translated',
  missing: 'library:languages.status.missing',
  outdated: 'library:languages.status.outdated',
} as const;

const statusColours: Readonly<Record<LanguageStatus, string>> = {
  translated: 'teal',
  missing: 'gray',
  outdated: 'orange',
};

const parameterKeys = {
  technique: 'library:languages.parameters.technique',
  region: 'library:languages.parameters.region',
  wearSchedule: 'library:languages.parameters.wearSchedule',
  'load.description': 'library:languages.parameters.load',
} as const satisfies Record<TranslatedParameterPath, string>;

interface ItemLanguagesProps {
  english: EnglishText;
  value: LanguageDrafts;
  onChange(value: LanguageDrafts): void;
  /** Messages keyed by the draft path ("translations.es.instructions.0"). */
  errors: DraftErrors;
  active: TranslatedLanguage | null;
  onActiveChange(language: TranslatedLanguage | null): void;
}

export function ItemLanguages(props: ItemLanguagesProps) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Divider label={t('library:languages.heading')} labelPosition="left" />
      <Text size="sm" c="dimmed">
        {t('library:languages.description')}
      </Text>
      <Tabs
        value={props.active}
        onChange={(value) =>
          props.onActiveChange(translatedLanguages.find((l) => l === value) ?? null)
        }
        keepMounted={false}
        variant="outline"
      >
        <Tabs.List>
          {translatedLanguages.map((language) => {
            const status = languageStatus(props.value[language], props.english);
            return (
              <Tabs.Tab
                key={language}
                value={language}
                leftSection={<IconLanguage size={14} aria-hidden />}
                rightSection={
                  <Badge size="xs" variant="light" color={statusColours[status]}>
                    {t(badgeKeys[status])}
                  </Badge>
                }
              >
                {uiLanguageNames[language]}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {translatedLanguages.map((language) => (
          <Tabs.Panel key={language} value={language} pt="sm">
            <LanguagePanel
              language={language}
              english={props.english}
              draft={props.value[language]}
              errors={props.errors}
              onChange={(draft) => props.onChange({ ...props.value, [language]: draft })}
              onRemove={() => {
                const { [language]: _removed, ...rest } = props.value;
                props.onChange(rest);
              }}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function LanguagePanel(props: {
  language: TranslatedLanguage;
  english: EnglishText;
  draft: LanguageDraft | undefined;
  errors: DraftErrors;
  onChange(draft: LanguageDraft): void;
  onRemove(): void;
}) {
  const t = useT();
  const language = uiLanguageNames[props.language];
  const draft = props.draft ?? emptyLanguageDraft();
  const status = languageStatus(props.draft, props.english);
  const error = (field: string) => props.errors[`translations.${props.language}.${field}`];
  const edit = (patch: Partial<LanguageDraft>) =>
    props.onChange({ ...draft, ...patch, edited: true });
  const english = (text: string) =>
    text.trim() === '' ? undefined : t('library:languages.english', { text });
  const listAt = (list: readonly string[], index: number, value: string) => {
    const next = [...list];
    while (next.length <= index) next.push('');
    next[index] = value;
    return next;
  };
  const parameters = Object.entries(translatableParameters(props.english.parameters)) as [
    TranslatedParameterPath,
    string,
  ][];
  return (
    <Stack gap="sm">
      <Alert
        // The tab's state, not an error: read when reached, not announced over the typing.
        role="status"
        color={statusColours[status]}
        icon={status === 'outdated' ? <IconAlertTriangle size={18} /> : <IconCheck size={18} />}
        title={t(statusKeys[status])}
      >
        {status === 'outdated' && (
          <Group gap="xs">
            <Text size="sm">{t('library:languages.outdatedHelp')}</Text>
            <Button size="xs" variant="default" onClick={() => edit({})}>
              {t('library:languages.stillRight')}
            </Button>
          </Group>
        )}
      </Alert>
      <TextInput
        label={t('library:languages.fields.title', { language })}
        description={english(props.english.title)}
        value={draft.title}
        error={error('title')}
        onChange={(e) => edit({ title: e.currentTarget.value })}
      />
      <Textarea
        label={t('library:languages.fields.summary', { language })}
        description={english(props.english.summary)}
        autosize
        minRows={2}
        value={draft.summary}
        error={error('summary')}
        onChange={(e) => edit({ summary: e.currentTarget.value })}
      />
      {props.english.instructions.map((step, index) => (
        <Textarea
          key={`step-${index}`}
          label={t('library:languages.fields.step', { number: index + 1, language })}
          description={english(step)}
          autosize
          minRows={1}
          value={draft.instructions[index] ?? ''}
          error={error(`instructions.${index}`)}
          onChange={(e) =>
            edit({ instructions: listAt(draft.instructions, index, e.currentTarget.value) })
          }
        />
      ))}
      {props.english.cautions.map((caution, index) => (
        <Textarea
          key={`caution-${index}`}
          label={t('library:languages.fields.caution', { number: index + 1, language })}
          description={english(caution)}
          autosize
          minRows={1}
          value={draft.cautions[index] ?? ''}
          error={error(`cautions.${index}`)}
          onChange={(e) => edit({ cautions: listAt(draft.cautions, index, e.currentTarget.value) })}
        />
      ))}
      {parameters.map(([path, text]) => (
        <TextInput
          key={path}
          label={t(parameterKeys[path], { language })}
          description={english(text)}
          value={draft.parameters[path] ?? ''}
          error={error(`parameters.${path}`)}
          onChange={(e) =>
            edit({ parameters: { ...draft.parameters, [path]: e.currentTarget.value } })
          }
        />
      ))}
      {props.draft !== undefined && (
        <Group>
          <Button variant="subtle" color="red" size="compact-sm" onClick={props.onRemove}>
            {t('library:languages.remove', { language })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
