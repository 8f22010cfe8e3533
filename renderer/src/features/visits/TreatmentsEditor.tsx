// Treatments delivered at the visit, prefilled from the plan's clinic items and edited to
// the settings actually used.
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ItemKind } from '../../../../shared/domain/parameters';
import { useT } from '../../app/i18n';
import type { IssueLookup } from './issues';
import { ParameterFields } from './ParameterFields';
import { newTreatmentChoices, type TreatmentForm } from './treatment-fields';

const kindKeys = {
  assessment: 'visits:treatments.kinds.assessment',
  manual_therapy: 'visits:treatments.kinds.manualTherapy',
  exercise: 'visits:treatments.kinds.exercise',
  taping: 'visits:treatments.kinds.taping',
  orthosis: 'visits:treatments.kinds.orthosis',
  modality: 'visits:treatments.kinds.modality',
  education: 'visits:treatments.kinds.education',
} as const satisfies Record<ItemKind, string>;

interface Props {
  treatments: TreatmentForm[];
  onChange: (treatments: TreatmentForm[]) => void;
  issueAt: IssueLookup;
}

export function TreatmentsEditor({ treatments, onChange, issueAt }: Props) {
  const t = useT();
  const update = (index: number, next: TreatmentForm) =>
    onChange(treatments.map((t, i) => (i === index ? next : t)));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('visits:treatments.title')}
        </Title>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="light" leftSection={<IconPlus size={16} />}>
              {t('visits:treatments.add')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {newTreatmentChoices.map((choice) => (
              <Menu.Item
                key={choice.label}
                onClick={() =>
                  onChange([
                    ...treatments,
                    {
                      planItemId: null,
                      title: choice.title,
                      findings: {},
                      notes: '',
                      kind: choice.value.kind,
                      parameters: { ...choice.value.parameters },
                    },
                  ])
                }
              >
                {choice.label}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {treatments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('visits:treatments.empty')}
        </Text>
      )}
      {treatments.map((treatment, index) => {
        const at: IssueLookup = (...path) => issueAt('treatments', index, ...path);
        return (
          <Card
            key={treatment.id ?? `new-${index}`}
            withBorder
            padding="sm"
            component="section"
            aria-label={t('visits:treatments.card', { title: treatment.title })}
          >
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <TextInput
                size="xs"
                label={t('visits:treatments.treatment')}
                value={treatment.title}
                onChange={(event) =>
                  update(index, { ...treatment, title: event.currentTarget.value })
                }
                error={at('title')}
                style={{ flex: 1 }}
              />
              <Group gap="xs">
                <Badge variant="light">{t(kindKeys[treatment.kind])}</Badge>
                {treatment.planItemId && (
                  <Badge variant="outline" color="gray">
                    {t('visits:treatments.fromPlan')}
                  </Badge>
                )}
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('visits:treatments.remove', { title: treatment.title })}
                  onClick={() => onChange(treatments.filter((_, i) => i !== index))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
            <ParameterFields
              treatment={treatment}
              onChange={(next) => update(index, next)}
              issueAt={at}
              prefix={treatment.title || t('visits:treatments.treatment')}
            />
            {at('parameters') && (
              <Text size="xs" c="red" role="alert" mt={4}>
                {at('parameters')}
              </Text>
            )}
            <TextInput
              size="xs"
              mt="xs"
              label={t('visits:treatments.notes')}
              placeholder={t('visits:treatments.notesPlaceholder')}
              value={treatment.notes}
              onChange={(event) =>
                update(index, { ...treatment, notes: event.currentTarget.value })
              }
            />
          </Card>
        );
      })}
    </Stack>
  );
}
