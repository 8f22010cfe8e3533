// Creating and editing own library items: content, per-kind parameters, words for search and
// filters, and photos. Checked in the browser with the same schema the core uses, so most
// mistakes show next to their field before anything is sent.
import {
  Alert,
  Anchor,
  Button,
  Divider,
  Group,
  Loader,
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
import { FormProblems, useFocusFirstProblem } from '../../app/form-errors';
import { useUnsavedGuard } from '../../app/use-unsaved-guard';
import { errorsFromIssues, errorsFromZod, errorsUnder, type DraftErrors } from './draft-errors';
import { ItemPhotos, type NewPhotos } from './ItemPhotos';
import { difficultyLabels, itemKindLabels } from './library-labels';
import { ParameterEditor } from './parameter-editors';
import { StepListField } from './StepListField';
import { ItemLanguages } from './ItemLanguages';
import { languageDraftsOf, translationsToSave, type LanguageProblem } from './item-languages';

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
    props.item ? `“${props.item.title}”` : 'this new library item',
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
      aria-label="Library item"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Stack gap="md">
        {props.item === null && props.kindFixed !== true && (
          <Select
            label="Kind"
            data={itemKinds.map((k) => ({ value: k, label: itemKindLabels[k] }))}
            value={draft.kind}
            allowDeselect={false}
            onChange={(value) => {
              const kind = itemKinds.find((k) => k === value);
              if (kind && kind !== draft.kind) set(defaultParameters(kind));
            }}
          />
        )}
        <TextInput
          label="Title"
          required
          value={draft.title}
          error={errors['title']}
          onChange={(e) => set({ title: e.currentTarget.value })}
        />
        <Textarea
          label="Summary"
          description="One or two sentences: what it is and what it is for."
          autosize
          minRows={2}
          value={draft.summary}
          error={errors['summary']}
          onChange={(e) => set({ summary: e.currentTarget.value })}
        />
        <StepListField
          label="Steps for the patient"
          itemLabel="Step"
          addLabel="Add a step"
          description="Plain words, one action per step; printed on the home sheet."
          values={draft.instructions}
          errors={errorsUnder(errors, 'instructions')}
          onChange={(instructions) => set({ instructions })}
        />
        <Divider label={`${itemKindLabels[draft.kind]} settings`} labelPosition="left" />
        <ParameterEditor
          value={draft}
          errors={errorsUnder(errors, 'parameters')}
          onChange={(parameters) => set(parameters)}
        />
        <Divider />
        <StepListField
          label="Cautions"
          itemLabel="Caution"
          addLabel="Add a caution"
          values={draft.cautions}
          errors={errorsUnder(errors, 'cautions')}
          onChange={(cautions) => set({ cautions })}
        />
        <Textarea
          label="Clinician notes"
          description="For you and colleagues; not printed for the patient."
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
          {words('bodyRegions', 'Body regions', suggestions.bodyRegions)}
          {words('conditions', 'Conditions', suggestions.conditions)}
          {words('equipment', 'Equipment', suggestions.equipment)}
          {words('tags', 'Tags', [])}
          <Select
            label="Difficulty"
            data={difficulties.map((d) => ({ value: d, label: difficultyLabels[d] }))}
            value={draft.difficulty}
            clearable
            onChange={(value) => set({ difficulty: difficulties.find((d) => d === value) ?? null })}
          />
          <TextInput
            label="Video link"
            placeholder="https://"
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
          title="Some details need fixing"
          messages={Object.entries(errors).map(([key, message]) => ({ key, message }))}
        />
        <Group>
          <Button type="submit" loading={props.saving}>
            Save
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function LibraryItemEditorPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const item = useApiQuery('library.get', { id });
  const update = useApiMutation('library.update');
  const [serverErrors, setServerErrors] = useState<DraftErrors>({});
  if (item.isPending) return <Loader />;
  if (item.error) return <Alert color="red">{item.error.message}</Alert>;
  if (item.data.builtIn) {
    return (
      <Alert color="blue" title="Built-in items cannot be changed">
        Open the item and choose “Customise a copy” to make your own version.{' '}
        <Anchor component={Link} to={`/library/${id}`}>
          Back to the item
        </Anchor>
      </Alert>
    );
  }
  return (
    <Stack>
      <Title order={2}>Edit “{item.data.title}”</Title>
      <LibraryItemEditor
        key={item.data.id}
        initial={draftOfItem(item.data)}
        item={item.data}
        saving={update.isPending}
        serverErrors={serverErrors}
        onCancel={() => navigate(`/library/${id}`)}
        onSave={({ draft, newPhotos }) =>
          update.mutate(
            { id, draft, newPhotos },
            {
              onSuccess: () => {
                notifications.show({ message: `Saved “${draft.title}”.` });
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
  const { kind: kindParam } = useParams();
  const navigate = useNavigate();
  const create = useApiMutation('library.create');
  const [serverErrors, setServerErrors] = useState<DraftErrors>({});
  const kind: ItemKind = itemKinds.find((k) => k === kindParam) ?? 'exercise';
  return (
    <Stack>
      <Title order={2}>New library item</Title>
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
                notifications.show({ message: `Added “${created.title}” to the library.` });
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
