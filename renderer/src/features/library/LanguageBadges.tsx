// Which languages an item's patient text is in, as the item view shows them: one badge per
// language with text, flagged when the English changed after the translation was written.
import { Badge, Group, Text } from '@mantine/core';
import {
  itemTextIn,
  translatedLanguages,
  type EnglishText,
  type ItemTranslations,
} from '../../../../shared/domain/item-translations';
import { uiLanguageNames } from '../../../../shared/i18n/languages';
import { useT } from '../../app/i18n';

export function LanguageBadges({
  item,
}: {
  item: EnglishText & { translations?: ItemTranslations | undefined };
}) {
  const t = useT();
  const languages = translatedLanguages.flatMap((language) => {
    const { status } = itemTextIn(item, language);
    return status === 'translated' || status === 'outdated' ? [{ language, status }] : [];
  });
  return (
    <Group gap={6} role="group" aria-label={t('library:languages.itemHas')}>
      <Text size="sm" c="dimmed">
        {t('library:languages.itemHas')}
      </Text>
      {languages.length === 0 ? (
        <Badge variant="light" color="gray" tt="none">
          {t('library:languages.englishOnly')}
        </Badge>
      ) : (
        languages.map(({ language, status }) =>
          status === 'translated' ? (
            <Badge key={language} variant="light" color="teal" tt="none">
              {uiLanguageNames[language]}
            </Badge>
          ) : (
            <Badge key={language} variant="light" color="orange" tt="none">
              {t('library:languages.outdatedBadge', { language: uiLanguageNames[language] })}
            </Badge>
          ),
        )
      )}
    </Group>
  );
}
