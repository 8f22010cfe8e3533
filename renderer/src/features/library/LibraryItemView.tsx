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
import { itemOrigin, type LibraryItem } from '../../../../shared/domain/library';
import { doseParts, joinDoseParts } from '../../../../shared/plans/dose-text';
import { useApiMutation, useApiQuery } from '../../app/api';
import { dataUrl } from '../../app/files';
import { useT, useUiLanguage } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { difficultyLabelKeys, kindLabelKeys, originLabelKeys } from './library-labels';
import { exportPackToFile, usePackDialogWords } from './pack-files';
import { LanguageBadges } from './LanguageBadges';
import { ReviewNotice } from './ReviewNotice';

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
  const t = useT();
  const words = usePackDialogWords();
  const navigate = useNavigate();
  const archive = useApiMutation('library.archive');
  const restore = useApiMutation('library.restore');
  const onError = (error: Error) => notifications.show({ color: 'red', message: error.message });
  const exportItem = async () => {
    try {
      const result = await exportPackToFile(words, [item.id]);
      if (result.saved)
        notifications.show({ message: t('library:view.exported', { title: item.title }) });
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
          {t('common:edit')}
        </Button>
      )}
      <Button
        variant={item.builtIn ? 'filled' : 'default'}
        leftSection={<IconCopy size={16} />}
        onClick={() => navigate(`/library/${item.id}/customise`)}
      >
        {t('library:view.customise')}
      </Button>
      {item.archived ? (
        <Button
          variant="default"
          leftSection={<IconRestore size={16} />}
          loading={restore.isPending}
          onClick={() => restore.mutate({ id: item.id }, { onError })}
        >
          {t('library:view.restore')}
        </Button>
      ) : (
        <Button
          variant="default"
          leftSection={<IconArchive size={16} />}
          loading={archive.isPending}
          onClick={() => archive.mutate({ id: item.id }, { onError })}
        >
          {t('library:view.archive')}
        </Button>
      )}
      <Button
        variant="subtle"
        leftSection={<IconFileExport size={16} />}
        onClick={() => void exportItem()}
      >
        {t('library:view.exportPack')}
      </Button>
    </Group>
  );
}

export function LibraryItemDetails({ item }: { item: LibraryItem }) {
  const t = useT();
  const language = useUiLanguage();
  const dose = joinDoseParts(doseParts(item, language));
  return (
    <Stack gap="md">
      {item.images.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: Math.min(item.images.length, 3) }} spacing="xs">
          {item.images.map((image, index) => (
            <Photo
              key={image.sha256}
              image={image}
              alt={t('library:view.photoAlt', { title: item.title, number: index + 1 })}
            />
          ))}
        </SimpleGrid>
      )}
      {item.summary && <Text>{item.summary}</Text>}
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t('library:view.dose')}
        </Title>
        <Text size="sm">{dose}</Text>
      </Stack>
      {item.instructions.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('library:view.steps')}
          </Title>
          <List type="ordered" spacing={4} size="sm">
            {item.instructions.map((step, index) => (
              <List.Item key={index}>{step}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      {item.cautions.length > 0 && (
        <Alert
          color="yellow"
          icon={<IconAlertTriangle size={18} />}
          title={t('library:view.cautions')}
        >
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
            {t('library:view.clinicianNotes')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {item.clinicianNotes}
          </Text>
        </Stack>
      )}
      <Stack gap={6}>
        <Words label={t('library:view.bodyRegions')} values={item.bodyRegions} />
        <Words label={t('library:view.conditions')} values={item.conditions} />
        <Words label={t('library:view.equipment')} values={item.equipment} />
        <Words label={t('library:view.tags')} values={item.tags} />
      </Stack>
      {item.videoUrl && (
        <Anchor href={item.videoUrl} target="_blank" rel="noreferrer" size="sm">
          {t('library:view.video', { url: item.videoUrl })}
        </Anchor>
      )}
    </Stack>
  );
}

export function LibraryItemView() {
  const t = useT();
  const { id = '' } = useParams();
  const item = useApiQuery('library.get', { id });
  return (
    <QueryState
      query={item}
      loadingLabel={t('library:view.loading')}
      errorTitle={t('library:view.loadError')}
    >
      {(data) => <ItemPage data={data} />}
    </QueryState>
  );
}

function ItemPage({ data }: { data: LibraryItem }) {
  const t = useT();
  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Group gap="xs">
          <Badge variant="light">{t(kindLabelKeys[data.kind])}</Badge>
          <Badge variant="outline" color={data.builtIn ? 'gray' : 'teal'}>
            {t(originLabelKeys[itemOrigin(data)])}
          </Badge>
          {data.difficulty && (
            <Badge variant="outline" color="gray">
              {t(difficultyLabelKeys[data.difficulty])}
            </Badge>
          )}
          {data.archived && <Badge color="gray">{t('library:view.archived')}</Badge>}
          {data.needsReview && (
            <Badge color="yellow" c="dark">
              {t('library:view.needsReview')}
            </Badge>
          )}
        </Group>
        <Title order={2}>{data.title}</Title>
        <LanguageBadges item={data} />
        {data.builtIn && (
          <Text size="sm" c="dimmed">
            {t('library:view.builtInNote')}
          </Text>
        )}
        {data.copiedFromId && (
          <Text size="sm" c="dimmed">
            {t('library:view.customisedFrom')}{' '}
            <Anchor component={Link} to={`/library/${data.copiedFromId}`}>
              {t('library:view.openOriginal')}
            </Anchor>
          </Text>
        )}
        {data.source?.startsWith('free-exercise-db:') && (
          <Text size="sm" c="dimmed">
            {t('library:view.importedFrom')}
          </Text>
        )}
      </Stack>
      {data.needsReview && <ReviewNotice item={data} />}
      <Actions item={data} />
      <LibraryItemDetails item={data} />
    </Stack>
  );
}
