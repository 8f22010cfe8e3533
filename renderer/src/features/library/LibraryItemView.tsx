// One library item as a clinician reads it: photos, dose, steps, cautions and notes, with the
// actions that fit it (built-in items are customised as a copy; own items are edited).
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Image,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconArchive,
  IconCopy,
  IconFileExport,
  IconPencil,
  IconRestore,
} from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ImageRef } from '../../../../shared/domain/common';
import { itemOrigin, itemOriginLabels, type LibraryItem } from '../../../../shared/domain/library';
import { doseParts, joinDoseParts } from '../../../../shared/plans/dose-text';
import { useApiMutation, useApiQuery } from '../../app/api';
import { dataUrl } from '../../app/files';
import { difficultyLabels, itemKindLabels } from './library-labels';
import { exportPackToFile } from './pack-files';
import { ReviewNotice } from './ReviewNotice';
import { useUiLanguage } from '../../app/i18n';

export function Photo({
  image,
  alt,
  height = 220,
}: {
  image: ImageRef;
  alt: string;
  height?: number;
}) {
  const data = useApiQuery('images.get', { sha256: image.sha256 }, { staleTime: Infinity });
  if (!data.data) return <Loader size="sm" />;
  return (
    <Image
      src={dataUrl(data.data.mimeType, data.data.dataBase64)}
      alt={alt}
      h={height}
      w="auto"
      fit="contain"
      radius="sm"
      bg="gray.0"
    />
  );
}

function Words({ label, values }: { label: string; values: string[] }) {
  if (values.length === 0) return null;
  return (
    <Group gap={6}>
      <Text size="sm" c="dimmed" w={110}>
        {label}
      </Text>
      {values.map((value) => (
        <Badge key={value} variant="light" color="gray" tt="none">
          {value}
        </Badge>
      ))}
    </Group>
  );
}

function Actions({ item }: { item: LibraryItem }) {
  const navigate = useNavigate();
  const archive = useApiMutation('library.archive');
  const restore = useApiMutation('library.restore');
  const onError = (error: Error) => notifications.show({ color: 'red', message: error.message });
  const exportItem = async () => {
    try {
      const result = await exportPackToFile([item.id]);
      if (result.saved) notifications.show({ message: `Exported “${item.title}” as a pack.` });
    } catch (error) {
      onError(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return (
    <Group gap="xs">
      {!item.builtIn && (
        <Button
          leftSection={<IconPencil size={16} />}
          component={Link}
          to={`/library/${item.id}/edit`}
        >
          Edit
        </Button>
      )}
      <Button
        variant={item.builtIn ? 'filled' : 'default'}
        leftSection={<IconCopy size={16} />}
        onClick={() => navigate(`/library/${item.id}/customise`)}
      >
        Customise a copy
      </Button>
      {item.archived ? (
        <Button
          variant="default"
          leftSection={<IconRestore size={16} />}
          loading={restore.isPending}
          onClick={() => restore.mutate({ id: item.id }, { onError })}
        >
          Restore
        </Button>
      ) : (
        <Button
          variant="default"
          leftSection={<IconArchive size={16} />}
          loading={archive.isPending}
          onClick={() => archive.mutate({ id: item.id }, { onError })}
        >
          Archive
        </Button>
      )}
      <Button
        variant="subtle"
        leftSection={<IconFileExport size={16} />}
        onClick={() => void exportItem()}
      >
        Export as pack
      </Button>
    </Group>
  );
}

export function LibraryItemDetails({ item }: { item: LibraryItem }) {
  const language = useUiLanguage();
  const dose = joinDoseParts(doseParts(item, language));
  return (
    <Stack gap="md">
      {item.images.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: Math.min(item.images.length, 3) }} spacing="xs">
          {item.images.map((image, index) => (
            <Photo key={image.sha256} image={image} alt={`${item.title}, photo ${index + 1}`} />
          ))}
        </SimpleGrid>
      )}
      {item.summary && <Text>{item.summary}</Text>}
      <Stack gap={4}>
        <Title order={3} size="h5">
          Dose
        </Title>
        <Text size="sm">{dose}</Text>
      </Stack>
      {item.instructions.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            Steps for the patient
          </Title>
          <List type="ordered" spacing={4} size="sm">
            {item.instructions.map((step, index) => (
              <List.Item key={index}>{step}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      {item.cautions.length > 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Cautions">
          <List size="sm" spacing={2}>
            {item.cautions.map((caution, index) => (
              <List.Item key={index}>{caution}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {item.clinicianNotes && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            Clinician notes
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {item.clinicianNotes}
          </Text>
        </Stack>
      )}
      <Stack gap={6}>
        <Words label="Body regions" values={item.bodyRegions} />
        <Words label="Conditions" values={item.conditions} />
        <Words label="Equipment" values={item.equipment} />
        <Words label="Tags" values={item.tags} />
      </Stack>
      {item.videoUrl && (
        <Anchor href={item.videoUrl} target="_blank" rel="noreferrer" size="sm">
          Video: {item.videoUrl}
        </Anchor>
      )}
    </Stack>
  );
}

export function LibraryItemView() {
  const { id = '' } = useParams();
  const item = useApiQuery('library.get', { id });
  if (item.isPending) return <Loader />;
  if (item.error) return <Alert color="red">{item.error.message}</Alert>;
  const data = item.data;
  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Group gap="xs">
          <Badge variant="light">{itemKindLabels[data.kind]}</Badge>
          <Badge variant="outline" color={data.builtIn ? 'gray' : 'teal'}>
            {itemOriginLabels[itemOrigin(data)]}
          </Badge>
          {data.difficulty && (
            <Badge variant="outline" color="gray">
              {difficultyLabels[data.difficulty]}
            </Badge>
          )}
          {data.archived && <Badge color="gray">Archived</Badge>}
          {data.needsReview && (
            <Badge color="yellow" c="dark">
              Needs review
            </Badge>
          )}
        </Group>
        <Title order={2}>{data.title}</Title>
        {data.builtIn && (
          <Text size="sm" c="dimmed">
            Built-in guidance to adapt to each patient. It cannot be changed here: customise a copy
            to make your own version.
          </Text>
        )}
        {data.copiedFromId && (
          <Text size="sm" c="dimmed">
            Customised from{' '}
            <Anchor component={Link} to={`/library/${data.copiedFromId}`}>
              the original item
            </Anchor>
            .
          </Text>
        )}
        {data.source?.startsWith('free-exercise-db:') && (
          <Text size="sm" c="dimmed">
            Imported from free-exercise-db (public domain).
          </Text>
        )}
      </Stack>
      {data.needsReview && <ReviewNotice item={data} />}
      <Actions item={data} />
      <LibraryItemDetails item={data} />
    </Stack>
  );
}
