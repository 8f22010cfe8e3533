// VISA-A entry: Q1–Q6 typed, Q7 one of four boxes, Q8 one band in one of three branches.
import { Alert, Button, Group, Radio, Stack, Table, Text } from '@mantine/core';
import {
  VISA_A_ITEMS,
  VISA_A_Q7_OPTIONS,
  VISA_A_Q8_BAND_LABELS,
  VISA_A_Q8_BRANCH_LABELS,
  VISA_A_Q8_LABEL,
  visaAQ8Bands,
  visaAQ8Branches,
  visaAQ8Schema,
  type VisaAAnswers,
  type VisaAQ8Band,
} from '../../../../shared/outcomes';
import { useT } from '../../app/i18n';
import { EntryCell } from './EntryCell';

interface VisaAFormProps {
  answers: VisaAAnswers;
  onChange: (answers: VisaAAnswers) => void;
  errorFor: (index: number) => string | undefined;
}

// The questions, Q7's boxes and Q8's branches and bands are the form's published wording and
// stay as printed; only the app's instructions around them follow the screens' language.
export function VisaAForm({ answers, onChange, errorFor }: VisaAFormProps) {
  const t = useT();
  const setItem = (index: number, value: number | null) =>
    onChange({ ...answers, items: answers.items.map((old, i) => (i === index ? value : old)) });
  const q8Check = visaAQ8Schema.safeParse(answers.q8);
  const q7 = VISA_A_ITEMS[6];
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        {t('outcomes:visaA.q1to6')}
      </Text>
      <Table
        withRowBorders={false}
        verticalSpacing={2}
        aria-label={t('outcomes:form.answers', { measure: 'VISA-A' })}
      >
        <Table.Tbody>
          {VISA_A_ITEMS.slice(0, 6).map((item, index) => (
            <Table.Tr key={item.key}>
              <Table.Td w={32}>
                <Text size="sm" c="dimmed">
                  {index + 1}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.label}</Text>
              </Table.Td>
              <Table.Td w={80}>
                <EntryCell
                  label={`VISA-A ${index + 1}: ${item.label}`}
                  value={answers.items[index] ?? null}
                  max={10}
                  allowNa={false}
                  group="visa-a"
                  error={errorFor(index)}
                  onChange={(value) => setItem(index, value === 'na' ? null : value)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Radio.Group
        label={`7. ${q7?.label ?? 'Activity level'}`}
        value={
          answers.items[6] === null || answers.items[6] === undefined
            ? null
            : String(answers.items[6])
        }
        onChange={(value) => setItem(6, Number(value))}
        error={errorFor(6)}
      >
        <Group gap="md" mt={4}>
          {VISA_A_Q7_OPTIONS.map((option) => (
            <Radio
              key={option.points}
              value={String(option.points)}
              label={`${option.label} (${option.points})`}
            />
          ))}
        </Group>
      </Radio.Group>
      <div>
        <Text size="sm" fw={500}>
          {t('outcomes:visaA.q8', { label: VISA_A_Q8_LABEL })}
        </Text>
        {visaAQ8Branches.map((branch) => (
          <Radio.Group
            key={branch}
            label={VISA_A_Q8_BRANCH_LABELS[branch]}
            value={answers.q8[branch]}
            onChange={(value) =>
              onChange({ ...answers, q8: { ...answers.q8, [branch]: value as VisaAQ8Band } })
            }
            mt={6}
          >
            <Group gap="md">
              {visaAQ8Bands.map((band) => (
                <Radio key={band} value={band} label={VISA_A_Q8_BAND_LABELS[band]} />
              ))}
              {answers.q8[branch] !== null && (
                <Button
                  variant="subtle"
                  size="compact-xs"
                  onClick={() => onChange({ ...answers, q8: { ...answers.q8, [branch]: null } })}
                >
                  {t('outcomes:visaA.clear')}
                </Button>
              )}
            </Group>
          </Radio.Group>
        ))}
        {!q8Check.success && (
          <Alert color="red" mt="xs" role="alert">
            {q8Check.error.issues[0]?.message}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
