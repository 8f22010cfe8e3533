// The clinician's own screen language, from the header: any of the five, or the clinic's.
// Documents choose their language when printed; this changes the screens only.
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { uiLanguageNames, uiLanguages, type UiLanguage } from '../../../shared/i18n';
import { apiQueryKey, invoke, useApiQuery } from './api';
import { setUiLanguage, useT, useUiLanguage } from './i18n';

export function LanguageMenu() {
  const t = useT();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const settings = useApiQuery('settings.get', {});
  const status = useApiQuery('access.status', {}, { staleTime: 0 });
  const chosen = status.data?.clinician?.uiLanguage ?? null;
  const clinicLanguage = settings.data?.uiLanguage ?? 'en';

  const choose = async (language: UiLanguage | null) => {
    try {
      const next = await invoke('access.setMyLanguage', { uiLanguage: language });
      queryClient.setQueryData(apiQueryKey('access.status', {}), next);
      if (next.uiLanguage) await setUiLanguage(next.uiLanguage);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('app:language.notChanged'),
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const tick = (on: boolean) => (on ? <IconCheck size={14} aria-hidden /> : null);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconLanguage size={14} aria-hidden />}
          aria-label={t('app:language.menuLabel', { language: uiLanguageNames[language] })}
        >
          {language.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('app:language.heading')}</Menu.Label>
        <Menu.Item
          rightSection={tick(chosen === null)}
          onClick={() => void choose(null)}
          aria-current={chosen === null ? 'true' : undefined}
        >
          {t('app:language.clinicDefault', { language: uiLanguageNames[clinicLanguage] })}
        </Menu.Item>
        {uiLanguages.map((code) => (
          <Menu.Item
            key={code}
            lang={code}
            rightSection={tick(chosen === code)}
            onClick={() => void choose(code)}
            aria-current={chosen === code ? 'true' : undefined}
          >
            {uiLanguageNames[code]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
