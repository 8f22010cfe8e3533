// The clinic logo: picked or dropped, stored in the database by the core (downscaled there).
import { Button, FileButton, Group, Image, Input, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../app/api';
import { dataUrl, readFileAsBase64 } from '../../app/files';
import { formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import type { ImageRef } from '../../../../shared/domain/common';
import { LOGO_MAX_BYTES } from '../../../../shared/domain/settings';

function LogoPreview({ logo }: { logo: ImageRef }) {
  const t = useT();
  const image = useApiQuery('images.get', { sha256: logo.sha256 });
  if (!image.data) return null;
  return (
    <Image
      src={dataUrl(image.data.mimeType, image.data.dataBase64)}
      alt={t('settings:logo.alt')}
      h={72}
      w="auto"
      fit="contain"
    />
  );
}

export function LogoField({ logo }: { logo: ImageRef | null }) {
  const t = useT();
  const setLogo = useApiMutation('settings.setLogo');
  const removeLogo = useApiMutation('settings.removeLogo');
  const [error, setError] = useState<string | null>(null);

  const choose = async (file: File | null) => {
    if (!file) return;
    setError(null);
    if (file.size > LOGO_MAX_BYTES) {
      setError(
        t('settings:logo.tooLarge', {
          name: file.name,
          size: formatNumber(file.size / 1024 / 1024, { minDecimals: 1, maxDecimals: 1 }),
        }),
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
        <Input.Label id="logo-label" labelElement="div">
          {t('settings:logo.label')}
        </Input.Label>
        <Group gap="lg" align="center">
          {logo ? (
            <LogoPreview logo={logo} />
          ) : (
            <Text c="dimmed" size="sm">
              {t('settings:logo.none')}
            </Text>
          )}
          <FileButton onChange={(file) => void choose(file)} accept="image/png,image/jpeg">
            {(props) => (
              <Button {...props} variant="light" loading={setLogo.isPending}>
                {logo ? t('settings:logo.replace') : t('settings:logo.choose')}
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
              {t('settings:logo.remove')}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('settings:logo.hint')}
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
