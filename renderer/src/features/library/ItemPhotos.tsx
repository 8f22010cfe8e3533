// An item's photos: attach by file picker or drag and drop (the core stores them downscaled to
// 1600 px), reorder and remove. Changes are saved at once.
import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconArrowLeft, IconArrowRight, IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { LibraryItem } from '../../../../shared/domain/library';
import { LIBRARY_IMAGE_MAX_BYTES, LIBRARY_MAX_IMAGES } from '../../../../shared/domain/library';
import { useApiMutation } from '../../app/api';
import { readFileAsBase64 } from '../../app/files';
import { formatBytes } from '../../app/format';
import { Thumbnail } from './Thumbnail';

export function ItemPhotos({ item }: { item: LibraryItem }) {
  const addImage = useApiMutation('library.addImage');
  const removeImage = useApiMutation('library.removeImage');
  const reorder = useApiMutation('library.reorderImages');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const openRef = useRef<() => void>(null);
  const images = item.images;
  const full = images.length >= LIBRARY_MAX_IMAGES;

  const attach = async (files: File[]) => {
    setError(null);
    setBusy(true);
    try {
      for (const file of files) {
        await addImage.mutateAsync({
          id: item.id,
          upload: { fileName: file.name, dataBase64: await readFileAsBase64(file) },
        });
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const rejected = (rejections: FileRejection[]) => {
    const first = rejections[0];
    if (!first) return;
    const { file } = first;
    setError(
      file.size > LIBRARY_IMAGE_MAX_BYTES
        ? `${file.name} is ${formatBytes(file.size)}; photos can be up to ${formatBytes(LIBRARY_IMAGE_MAX_BYTES)}.`
        : `${file.name} is not a PNG or JPEG photo.`,
    );
  };
  const move = (index: number, step: -1 | 1) => {
    const order = images.map((i) => i.sha256);
    const [moved] = order.splice(index, 1);
    if (moved) order.splice(index + step, 0, moved);
    reorder.mutate({ id: item.id, sha256s: order }, { onError: (e) => setError(e.message) });
  };

  return (
    <Stack gap="xs" role="group" aria-label="Photos">
      <Text size="sm" fw={500}>
        Photos
      </Text>
      {images.length > 0 && (
        <SimpleGrid cols={{ base: 3, sm: 4 }} spacing="xs" role="list" aria-label="Attached photos">
          {images.map((image, index) => (
            <Paper
              key={image.sha256}
              withBorder
              p={4}
              role="listitem"
              aria-label={`Photo ${index + 1}`}
            >
              <Stack gap={4} align="center">
                <Thumbnail image={image} kind={item.kind} size={96} />
                <Group gap={2}>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    aria-label={`Move photo ${index + 1} earlier`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <IconArrowLeft size={14} />
                  </ActionIcon>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    aria-label={`Move photo ${index + 1} later`}
                    disabled={index === images.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <IconArrowRight size={14} />
                  </ActionIcon>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red"
                    aria-label={`Remove photo ${index + 1}`}
                    onClick={() =>
                      removeImage.mutate(
                        { id: item.id, sha256: image.sha256 },
                        { onError: (e) => setError(e.message) },
                      )
                    }
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Group>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <Dropzone
        openRef={openRef}
        onDrop={(files) => void attach(files)}
        onReject={rejected}
        accept={['image/png', 'image/jpeg']}
        maxSize={LIBRARY_IMAGE_MAX_BYTES}
        loading={busy}
        disabled={full}
        activateOnClick={false}
        p="sm"
        aria-label="Drop photos here"
      >
        <Group gap="sm" justify="center" mih={56}>
          <IconPhotoPlus size={28} stroke={1.4} color="var(--mantine-color-gray-6)" aria-hidden />
          <Stack gap={0}>
            <Text size="sm">
              {full
                ? `This item has the most photos allowed (${LIBRARY_MAX_IMAGES}).`
                : 'Drop photos here, or'}
            </Text>
            <Text size="xs" c="dimmed">
              PNG or JPEG up to {formatBytes(LIBRARY_IMAGE_MAX_BYTES)}; large photos are scaled down
              to 1600 px.
            </Text>
          </Stack>
          {!full && (
            <Button
              size="xs"
              variant="light"
              onClick={() => openRef.current?.()}
              style={{ pointerEvents: 'all' }}
            >
              Choose photos…
            </Button>
          )}
        </Group>
      </Dropzone>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
