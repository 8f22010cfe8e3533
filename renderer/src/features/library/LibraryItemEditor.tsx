// Creating and editing own library items: content, per-kind parameters, words for search and
// filters, and photos. Checked in the browser with the same schema the core uses, so most
// mistakes show next to their field before anything is sent.
import {
  Alert,
  Anchor,
  Button,
  Divider,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  bodyRegions,
  difficulties,
  draftOfItem,
  heelPainConditions,
  libraryItemDraftSchema,
  type LibraryItem,
  type LibraryItemDraft,
} from '../../../../shared/domain/library';
import { EQUIPMENT_NAMES } from '../../../../shared/domain/equipment';
import { defaultParameters, emptyDraft } from '../../../../shared/domain/library-defaults';
import { itemKinds, type ItemKind } from '../../../../shared/domain/parameters';
import type { TranslatedLanguage } from '../../../../shared/domain/item-translations';
import { uiLanguageNames } from '../../../../shared/i18n/languages';
import { stableStringify } from '../../../../shared/stable-json';
import { useApiMutation, useApiQuery } from '../../app/api';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { FormProblems, useFocusFirstProblem } from '../../app/form-errors';
import { useUnsavedGuard } from '../../app/use-unsaved-guard';
import { errorsFromIssues, errorsFromZod, errorsUnder, type DraftErrors } from './draft-errors';
import { ItemPhotos, type NewPhotos } from './ItemPhotos';
import { difficultyLabelKeys, kindLabelKeys } from './library-labels';
import { ParameterEditor } from './parameter-editors';
import { StepListField } from './StepListField';
import { ItemLanguages } from './ItemLanguages';
import { languageDraftsOf, translationsToSave, type LanguageProblem } from './item-languages';

/** How a video link starts (not a word to translate). */
const VIDEO_LINK_START = 'https://';

const languageProblemKeys = {
  title: 'library:languages.errors.title',
  summary: 'library:languages.errors.summary',
  step: 'library:languages.errors.step',
  caution: 'library:languages.errors.caution',
  parameter: 'library:languages.errors.parameter',
} as const satisfies Record<LanguageProblem, string>;

/** Values other items already use, offered as suggestions next to the built-in vocabulary. */
function useSuggestions() {
  const facets = useApiQuery('library.search', { query: '', limit: 1 }, { staleTime: 60_000 }).data
    ?.facets;
  const merge = (base: readonly string[], more: { value: string }[] = []) => [
    ...new Set([...base, ...more.map((m) => m.value)]),
  ];
  return {
    bodyRegions: merge(bodyRegions, facets?.bodyRegions),
    conditions: merge(heelPainConditions, facets?.conditions),
    equipment: merge(EQUIPMENT_NAMES, facets?.equipment),
  };
}

/** What Save sends: the draft and the photos attached in this editor (stored only now). */
export interface EditorSave {
  draft: LibraryItemDraft;
  newPhotos: { sha256: string; dataBase64: string }[];
}

interface EditorProps {
  initial: LibraryItemDraft;
  /** The saved item being edited; null for a new item or a copy not saved yet. */
  item: LibraryItem | null;
  /** A copy keeps its original's kind; only a new item chooses one. */
  kindFixed?: boolean;
  saving: boolean;
  serverErrors: DraftErrors;
  onSave(save: EditorSave): void;
  onCancel(): void;
}

export function LibraryItemEditor(props: EditorProps) {
  const [draft, setDraft] = useState<LibraryItemDraft>(props.initial);
  // After the first Save the check runs on every change: fixed fields lose their message at
  // once and every problem shows together, not one round at a time.
  const [tried, setTried] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // The core's messages are about the draft it was sent; a change makes them stale.
  const [sent, setSent] = useState<string | null>(null);
  const suggestions = useSuggestions();
  const form = useRef<HTMLFormElement>(null);
  const [newPhotos, setNewPhotos] = useState<NewPhotos>({});
  const [languages, setLanguages] = useState(() => languageDraftsOf(props.initial.translations));
  const [activeLanguage, setActiveLanguage] = useState<TranslatedLanguage | null>(null);
  const t = useT();
  // The draft as Save would send it: the English with the languages' text stamped against it.
  const planned = translationsToSave(languages, draft);
  const full: LibraryItemDraft = { ...draft, translations: planned.translations };
  const fullText = stableStringify(full);
  const checked = libraryItemDraftSchema.safeParse(full);
  const languageErrors = Object.fromEntries(
    planned.issues.map((issue) => [
      issue.path,
      t(languageProblemKeys[issue.problem], {
        language: uiLanguageNames[issue.language],
        number: issue.number ?? 0,
      }),
    ]),
  );
  const localErrors = tried
    ? { ...(checked.success ? {} : errorsFromZod(checked.error)), ...languageErrors }
    : {};
  const errors = { ...(sent === fullText ? props.serverErrors : {}), ...localErrors };
  const set = (patch: Partial<LibraryItemDraft>) =>
    setDraft((d) => ({ ...d, ...patch }) as LibraryItemDraft);
  // A draft sent to be saved is not asked about: the page moves on once the core has it.
  const dirty = !props.saving && sent !== fullText && fullText !== stableStringify(props.initial);
  const guard = useUnsavedGuard(
    dirty,
    props.item
      ? t('library:editor.unsavedItem', { title: props.item.title })
      : t('library:editor.unsavedNew'),
  );
  useFocusFirstProblem(form, attempt);
  useFocusFirstProblem(form, props.serverErrors);

  const save = () => {
    setTried(true);
    if (!checked.success || planned.issues.length > 0) {
      // A language's missing text is on a tab of its own: open it so the field can take focus.
      const first = planned.issues[0];
      if (first && checked.success) setActiveLanguage(first.language);
      setAttempt((n) => n + 1);
      return;
    }
    setSent(fullText);
    props.onSave({
      draft: checked.data,
      newPhotos: checked.data.images.flatMap((image) => {
        const dataBase64 = newPhotos[image.sha256];
        return dataBase64 === undefined ? [] : [{ sha256: image.sha256, dataBase64 }];
      }),
    });
  };

  const words = (
    key: 'bodyRegions' | 'conditions' | 'equipment' | 'tags',
    label: string,
    data: string[],
  ) => (
    <TagsInput
      label={label}
      data={data}
      value={draft[key]}
      error={errors[key] ?? Object.values(errorsUnder(errors, key))[0]}
      onChange={(values) => set({ [key]: values })}
      // Enter takes the suggestion shown first, so one value is not entered two ways.
      selectFirstOptionOnChange
      clearable
      acceptValueOnBlur
    />
  );

  return (
    <form
      noValidate
      ref={form}
      aria-label={t('library:editor.form')}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Stack gap="md">
        {props.item === null && props.kindFixed !== true && (
          <Select
            label={t('library:editor.kind')}
            data={itemKinds.map((k) => ({ value: k, label: t(kindLabelKeys[k]) }))}
            value={draft.kind}
            allowDeselect={false}
            onChange={(value) => {
              const kind = itemKinds.find((k) => k === value);
              if (kind && kind !== draft.kind) set(defaultParameters(kind));
            }}
          />
        )}
        <TextInput
          label={t('library:editor.title')}
          required
          value={draft.title}
          error={errors['title']}
          onChange={(e) => set({ title: e.currentTarget.value })}
        />
        <Textarea
          label={t('library:editor.summary')}
          description={t('library:editor.summaryHelp')}
          autosize
          minRows={2}
          value={draft.summary}
          error={errors['summary']}
          onChange={(e) => set({ summary: e.currentTarget.value })}
        />
        <StepListField
          label={t('library:editor.steps')}
          lines="step"
          addLabel={t('library:editor.addStep')}
          description={t('library:editor.stepsHelp')}
          values={draft.instructions}
          errors={errorsUnder(errors, 'instructions')}
          onChange={(instructions) => set({ instructions })}
        />
        <Divider
          label={t('library:editor.settings', { kind: t(kindLabelKeys[draft.kind]) })}
          labelPosition="left"
        />
        <ParameterEditor
          value={draft}
          errors={errorsUnder(errors, 'parameters')}
          onChange={(parameters) => set(parameters)}
        />
        <Divider />
        <StepListField
          label={t('library:editor.cautions')}
          lines="caution"
          addLabel={t('library:editor.addCaution')}
          values={draft.cautions}
          errors={errorsUnder(errors, 'cautions')}
          onChange={(cautions) => set({ cautions })}
        />
        <Textarea
          label={t('library:editor.clinicianNotes')}
          description={t('library:editor.clinicianNotesHelp')}
          autosize
          minRows={2}
          value={draft.clinicianNotes}
          error={errors['clinicianNotes']}
          onChange={(e) => set({ clinicianNotes: e.currentTarget.value })}
        />
        <ItemLanguages
          english={draft}
          value={languages}
          onChange={setLanguages}
          errors={errors}
          active={activeLanguage}
          onActiveChange={setActiveLanguage}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {words('bodyRegions', t('library:editor.bodyRegions'), suggestions.bodyRegions)}
          {words('conditions', t('library:editor.conditions'), suggestions.conditions)}
          {words('equipment', t('library:editor.equipment'), suggestions.equipment)}
          {words('tags', t('library:editor.tags'), [])}
          <Select
            label={t('library:editor.difficulty')}
            data={difficulties.map((d) => ({ value: d, label: t(difficultyLabelKeys[d]) }))}
            value={draft.difficulty}
            clearable
            onChange={(value) => set({ difficulty: difficulties.find((d) => d === value) ?? null })}
          />
          <TextInput
            label={t('library:editor.videoLink')}
            placeholder={VIDEO_LINK_START}
            value={draft.videoUrl ?? ''}
            error={errors['videoUrl']}
            onChange={(e) =>
              set({ videoUrl: e.currentTarget.value.trim() === '' ? null : e.currentTarget.value })
            }
          />
        </SimpleGrid>
        <ItemPhotos
          kind={draft.kind}
          images={draft.images}
          newPhotos={newPhotos}
          onChange={(images, photos) => {
            set({ images });
            setNewPhotos(photos);
          }}
        />
        {guard}
        <FormProblems
          title={t('library:editor.problems')}
          messages={Object.entries(errors).map(([key, message]) => ({ key, message }))}
        />
        <Group>
          <Button type="submit" loading={props.saving}>
            {t('common:save')}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function LibraryItemEditorPage() {
  const t = useT();
  const { id = '' } = useParams();
  const item = useApiQuery('library.get', { id });
  return (
    <QueryState
      query={item}
      loadingLabel={t('library:view.loading')}
      errorTitle={t('library:view.loadError')}
    >
      {(data) =>
        data.builtIn ? (
          <Alert color="blue" title={t('library:editor.builtInTitle')}>
            {t('library:editor.builtInText')}{' '}
            <Anchor component={Link} to={`/library/${id}`}>
              {t('library:editor.backToItem')}
            </Anchor>
          </Alert>
        ) : (
          <EditItem item={data} />
        )
      }
    </QueryState>
  );
}

function EditItem({ item }: { item: LibraryItem }) {
  const t = useT();
  const id = item.id;
  const navigate = useNavigate();
  const update = useApiMutation('library.update');
  const [serverErrors, setServerErrors] = useState<DraftErrors>({});
  return (
    <Stack>
      <Title order={2}>{t('library:editor.editTitle', { title: item.title })}</Title>
      <LibraryItemEditor
        key={item.id}
        initial={draftOfItem(item)}
        item={item}
        saving={update.isPending}
        serverErrors={serverErrors}
        onCancel={() => navigate(`/library/${id}`)}
        onSave={({ draft, newPhotos }) =>
          update.mutate(
            { id, draft, newPhotos },
            {
              onSuccess: () => {
                notifications.show({ message: t('library:editor.saved', { title: draft.title }) });
                navigate(`/library/${id}`);
              },
              onError: (e) => {
                setServerErrors(errorsFromIssues(e.issues, 'draft'));
                if (e.issues.length === 0) notifications.show({ color: 'red', message: e.message });
              },
            },
          )
        }
      />
    </Stack>
  );
}

export function NewLibraryItemPage() {
  const t = useT();
  const { kind: kindParam } = useParams();
  const navigate = useNavigate();
  const create = useApiMutation('library.create');
  const [serverErrors, setServerErrors] = useState<DraftErrors>({});
  const kind: ItemKind = itemKinds.find((k) => k === kindParam) ?? 'exercise';
  return (
    <Stack>
      <Title order={2}>{t('library:editor.newTitle')}</Title>
      <LibraryItemEditor
        key={kind}
        initial={emptyDraft(kind)}
        item={null}
        saving={create.isPending}
        serverErrors={serverErrors}
        onCancel={() => navigate('/library')}
        onSave={({ draft, newPhotos }) =>
          create.mutate(
            { draft, newPhotos },
            {
              onSuccess: (created) => {
                notifications.show({
                  message: t('library:editor.added', { title: created.title }),
                });
                navigate(`/library/${created.id}/edit`);
              },
              onError: (e) => {
                setServerErrors(errorsFromIssues(e.issues, 'draft'));
                if (e.issues.length === 0) notifications.show({ color: 'red', message: e.message });
              },
            },
          )
        }
      />
    </Stack>
  );
}
