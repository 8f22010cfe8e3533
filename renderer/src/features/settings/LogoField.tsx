// The clinic logo: picked or dropped, stored in the database by the core (downscaled there).
import { Button, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../app/api';
import { dataUrl, readFileAsBase64 } from '../../app/files';
import type { ImageRef } from '../../../../shared/domain/common';
import { LOGO_MAX_BYTES } from '../../../../shared/domain/settings';

function LogoPreview({ logo }: { logo: ImageRef }) {
  const image = useApiQuery('images.get', { sha256: logo.sha256 });
  if (!image.data) return null;
  return (
    <Image
      src={dataUrl(image.data.mimeType, image.data.dataBase64)}
      alt="Clinic logo"
      h={72}
      w="auto"
      fit="contain"
    />
  );
}

export function LogoField({ logo }: { logo: ImageRef | null }) {
  const setLogo = useApiMutation('settings.setLogo');
  const removeLogo = useApiMutation('settings.removeLogo');
  const [error, setError] = useState<string | null>(null);

  const choose = async (file: File | null) => {
    if (!file) return;
    setError(null);
    if (file.size > LOGO_MAX_BYTES) {
      setError(
        `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB. Choose a smaller file.`,
      );
      return;
    }
    setLogo.mutate(
      { fileName: file.name, dataBase64: await readFileAsBase64(file) },
      { onError: (e) => setError(e.issueFor('logo') ?? e.message) },
    );
  };

  return (
    <Paper withBorder p="md" role="group" aria-labelledby="logo-label">
      <Stack gap="xs">
        <Text id="logo-label" fw={500} size="sm">
          Logo
        </Text>
        <Group gap="lg" align="center">
          {logo ? (
            <LogoPreview logo={logo} />
          ) : (
            <Text c="dimmed" size="sm">
              No logo yet.
            </Text>
          )}
          <FileButton onChange={(file) => void choose(file)} accept="image/png,image/jpeg">
            {(props) => (
              <Button {...props} variant="light" loading={setLogo.isPending}>
                {logo ? 'Replace logo…' : 'Choose logo…'}
              </Button>
            )}
          </FileButton>
          {logo && (
            <Button
              variant="subtle"
              color="red"
              onClick={() => removeLogo.mutate({})}
              loading={removeLogo.isPending}
            >
              Remove logo
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          PNG or JPEG, up to 5 MB. Large images are scaled down to 1024 px.
        </Text>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
