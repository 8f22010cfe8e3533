// An item's photos in the editor: attach by file picker or drag and drop (the core checks and
// scales them to 1600 px for the preview), reorder and remove. Nothing is stored until the
// item is saved, so Cancel leaves no photo behind.
import { ActionIcon, Button, Group, Image, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconArrowLeft, IconArrowRight, IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { ImageRef } from '../../../../shared/domain/common';
import {
  LIBRARY_IMAGE_MAX_BYTES,
  LIBRARY_IMAGE_MAX_PIXELS,
  LIBRARY_MAX_IMAGES,
} from '../../../../shared/domain/library';
import type { ItemKind } from '../../../../shared/domain/parameters';
import { useApiMutation } from '../../app/api';
import { dataUrl, readFileAsBase64 } from '../../app/files';
import { formatBytes } from '../../app/format';
import { useT } from '../../app/i18n';
import { Thumbnail } from './Thumbnail';

/** A photo attached in this editor and not saved yet: its prepared bytes, by SHA-256. */
export type NewPhotos = Readonly<Record<string, string>>;

export function ItemPhotos(props: {
  kind: ItemKind;
  images: readonly ImageRef[];
  newPhotos: NewPhotos;
  onChange(images: ImageRef[], newPhotos: NewPhotos): void;
}) {
  const t = useT();
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
          setError(t('library:photos.tooMany', { max: LIBRARY_MAX_IMAGES }));
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
        ? t('library:photos.tooBig', {
            name: file.name,
            size: formatBytes(file.size),
            max: formatBytes(LIBRARY_IMAGE_MAX_BYTES),
          })
        : t('library:photos.notImage', { name: file.name }),
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
    <Stack gap="xs" role="group" aria-label={t('library:photos.heading')}>
      <Text size="sm" fw={500}>
        {t('library:photos.heading')}
      </Text>
      {images.length > 0 && (
        <SimpleGrid
          cols={{ base: 3, sm: 4 }}
          spacing="xs"
          role="list"
          aria-label={t('library:photos.attached')}
        >
          {images.map((image, index) => (
            <Paper
              key={image.sha256}
              withBorder
              p={4}
              role="listitem"
              aria-label={t('library:photos.photo', { number: index + 1 })}
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
                    aria-label={t('library:photos.earlier', { number: index + 1 })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <IconArrowLeft size={14} />
                  </ActionIcon>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    aria-label={t('library:photos.later', { number: index + 1 })}
                    disabled={index === images.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <IconArrowRight size={14} />
                  </ActionIcon>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red"
                    aria-label={t('library:photos.remove', { number: index + 1 })}
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
        aria-label={t('library:photos.dropZone')}
      >
        <Group gap="sm" justify="center" mih={56}>
          <IconPhotoPlus size={28} stroke={1.4} color="var(--mantine-color-gray-6)" aria-hidden />
          <Stack gap={0}>
            <Text size="sm">
              {full
                ? t('library:photos.full', { max: LIBRARY_MAX_IMAGES })
                : t('library:photos.dropOr')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('library:photos.hint', {
                max: formatBytes(LIBRARY_IMAGE_MAX_BYTES),
                pixels: LIBRARY_IMAGE_MAX_PIXELS,
              })}
            </Text>
          </Stack>
          {!full && (
            <Button
              size="xs"
              variant="light"
              onClick={() => openRef.current?.()}
              style={{ pointerEvents: 'all' }}
            >
              {t('library:photos.choose')}
            </Button>
          )}
        </Group>
      </Dropzone>
      {Object.keys(newPhotos).length > 0 && (
        <Text size="xs" c="dimmed">
          {t('library:photos.keptOnSave')}
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
