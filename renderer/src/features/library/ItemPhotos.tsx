// An item's photos in the editor: attach by file picker or drag and drop (the core checks and
// scales them to 1600 px for the preview), reorder and remove. Nothing is stored until the
// item is saved, so Cancel leaves no photo behind.
import { ActionIcon, Button, Group, Image, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconArrowLeft, IconArrowRight, IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { ImageRef } from '../../../../shared/domain/common';
import { LIBRARY_IMAGE_MAX_BYTES, LIBRARY_MAX_IMAGES } from '../../../../shared/domain/library';
import type { ItemKind } from '../../../../shared/domain/parameters';
import { useApiMutation } from '../../app/api';
import { dataUrl, readFileAsBase64 } from '../../app/files';
import { formatBytes } from '../../app/format';
import { Thumbnail } from './Thumbnail';

/** A photo attached in this editor and not saved yet: its prepared bytes, by SHA-256. */
export type NewPhotos = Readonly<Record<string, string>>;

export function ItemPhotos(props: {
  kind: ItemKind;
  images: readonly ImageRef[];
  newPhotos: NewPhotos;
  onChange(images: ImageRef[], newPhotos: NewPhotos): void;
}) {
  const { kind, images, newPhotos } = props;
  const preparePhoto = useApiMutation('library.preparePhoto');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const openRef = useRef<() => void>(null);
  const full = images.length >= LIBRARY_MAX_IMAGES;

  const attach = async (files: File[]) => {
    setError(null);
    setBusy(true);
    let nextImages = [...images];
    let nextNew = { ...newPhotos };
    try {
      for (const file of files) {
        if (nextImages.length >= LIBRARY_MAX_IMAGES) {
          setError(`An item can have at most ${LIBRARY_MAX_IMAGES} photos. Remove one first.`);
          break;
        }
        const prepared = await preparePhoto.mutateAsync({
          upload: { fileName: file.name, dataBase64: await readFileAsBase64(file) },
        });
        if (nextImages.some((i) => i.sha256 === prepared.image.sha256)) continue;
        nextImages = [...nextImages, prepared.image];
        nextNew = { ...nextNew, [prepared.image.sha256]: prepared.dataBase64 };
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      props.onChange(nextImages, nextNew);
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
    const order = [...images];
    const [moved] = order.splice(index, 1);
    if (moved) order.splice(index + step, 0, moved);
    props.onChange(order, newPhotos);
  };
  const remove = (sha256: string) => {
    const rest = Object.fromEntries(Object.entries(newPhotos).filter(([sha]) => sha !== sha256));
    props.onChange(
      images.filter((i) => i.sha256 !== sha256),
      rest,
    );
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
                {newPhotos[image.sha256] === undefined ? (
                  <Thumbnail image={image} kind={kind} size={96} />
                ) : (
                  <Image
                    src={dataUrl(image.mimeType, newPhotos[image.sha256] ?? '')}
                    alt=""
                    w={96}
                    h={96}
                    radius="sm"
                    fit="cover"
                  />
                )}
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
                    onClick={() => remove(image.sha256)}
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
      {Object.keys(newPhotos).length > 0 && (
        <Text size="xs" c="dimmed">
          New photos are kept when you save the item.
        </Text>
      )}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
