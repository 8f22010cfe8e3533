// "Customise a copy": the editor opens on the original's content and the copy exists only
// once the clinician saves it; Cancel goes back to the original with nothing created.
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { copyOfContent } from '../../../../shared/domain/item-translation-stamps';
import { draftOfItem } from '../../../../shared/domain/library';
import { useApiMutation, useApiQuery } from '../../app/api';
import { errorsFromIssues, type DraftErrors } from './draft-errors';
import { LibraryItemEditor } from './LibraryItemEditor';

export function CustomiseCopyPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const original = useApiQuery('library.get', { id });
  const duplicate = useApiMutation('library.duplicate');
  const [serverErrors, setServerErrors] = useState<DraftErrors>({});
  if (original.isPending) return <Loader />;
  if (original.error) return <Alert color="red">{original.error.message}</Alert>;
  return (
    <Stack>
      <Title order={2}>Customise a copy of “{original.data.title}”</Title>
      <Text size="sm" c="dimmed">
        Your copy is saved as your own item, linked to the original; the original stays as it is.
      </Text>
      <LibraryItemEditor
        key={original.data.id}
        initial={copyOfContent(draftOfItem(original.data))}
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
                notifications.show({ message: `Saved your copy “${copy.title}”.` });
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
