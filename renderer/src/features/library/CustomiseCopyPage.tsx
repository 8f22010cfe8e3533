// "Customise a copy": the editor opens on the original's content and the copy exists only
// once the clinician saves it; Cancel goes back to the original with nothing created.
import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { copyOfContent } from '../../../../shared/domain/item-translation-stamps';
import { draftOfItem, type LibraryItem } from '../../../../shared/domain/library';
import { useApiMutation, useApiQuery } from '../../app/api';
import { useT } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { errorsFromIssues, type DraftErrors } from './draft-errors';
import { LibraryItemEditor } from './LibraryItemEditor';

export function CustomiseCopyPage() {
  const t = useT();
  const { id = '' } = useParams();
  const original = useApiQuery('library.get', { id });
  return (
    <QueryState
      query={original}
      loadingLabel={t('library:view.loading')}
      errorTitle={t('library:view.loadError')}
    >
      {(data) => <CustomiseCopy original={data} />}
    </QueryState>
  );
}

function CustomiseCopy({ original }: { original: LibraryItem }) {
  const t = useT();
  const id = original.id;
  const navigate = useNavigate();
  const duplicate = useApiMutation('library.duplicate');
  const [serverErrors, setServerErrors] = useState<DraftErrors>({});
  return (
    <Stack>
      <Title order={2}>{t('library:copy.title', { title: original.title })}</Title>
      <Text size="sm" c="dimmed">
        {t('library:copy.note')}
      </Text>
      <LibraryItemEditor
        key={original.id}
        initial={copyOfContent(draftOfItem(original))}
        item={null}
        kindFixed
        saving={duplicate.isPending}
        serverErrors={serverErrors}
        onCancel={() => navigate(`/library/${id}`)}
        onSave={({ draft, newPhotos }) =>
          duplicate.mutate(
            { id, draft, newPhotos },
            {
              onSuccess: (copy) => {
                notifications.show({ message: t('library:copy.saved', { title: copy.title }) });
                navigate(`/library/${copy.id}`);
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
