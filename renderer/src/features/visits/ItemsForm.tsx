// Entry for measures whose answers are a list of items (NPRS, FAAM, LEFS, FFI).
import { Table, Text } from '@mantine/core';
import { FFI_ITEMS, outcomeMeasures, type OutcomeMeasureKey } from '../../../../shared/outcomes';
import type { CellValue } from './digit-entry';
import { useT } from '../../app/i18n';
import { EntryCell } from './EntryCell';
import { ffiSubscaleKeys } from './outcome-labels';

interface ItemsFormProps {
  measure: Exclude<OutcomeMeasureKey, 'visa-a'>;
  answers: readonly CellValue[];
  onChange: (answers: CellValue[]) => void;
  errorFor: (index: number) => string | undefined;
}

export function ItemsForm({ measure, answers, onChange, errorFor }: ItemsFormProps) {
  const t = useT();
  const definition = outcomeMeasures[measure];
  const { answerMin, answerMax, answerAnchors, allowsNotApplicable } = definition;
  const set = (index: number, value: CellValue) =>
    onChange(answers.map((old, i) => (i === index ? value : old)));
  return (
    <>
      {/* The anchors are the form's published wording, quoted as printed. */}
      <Text size="xs" c="dimmed" mb={4}>
        {allowsNotApplicable
          ? t('outcomes:form.typeEachNa', {
              min: answerMin,
              minLabel: answerAnchors.min,
              max: answerMax,
              maxLabel: answerAnchors.max,
            })
          : t('outcomes:form.typeEach', {
              min: answerMin,
              minLabel: answerAnchors.min,
              max: answerMax,
              maxLabel: answerAnchors.max,
            })}
      </Text>
      <Table
        withRowBorders={false}
        verticalSpacing={2}
        aria-label={t('outcomes:form.answers', { measure: definition.shortName })}
      >
        <Table.Tbody>
          {definition.items.map((item, index) => {
            const subscale = measure === 'ffi' ? FFI_ITEMS[index]?.subscale : undefined;
            const startsSubscale =
              subscale !== undefined && FFI_ITEMS[index - 1]?.subscale !== subscale;
            return [
              startsSubscale ? (
                <Table.Tr key={`${subscale}-heading`}>
                  <Table.Td colSpan={3}>
                    <Text size="sm" fw={600} mt="xs">
                      {t(ffiSubscaleKeys[subscale])}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : null,
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
                    label={`${definition.shortName} ${index + 1}: ${item.label}`}
                    value={answers[index] ?? null}
                    max={answerMax}
                    allowNa={allowsNotApplicable}
                    group={measure}
                    error={errorFor(index)}
                    onChange={(value) => set(index, value)}
                  />
                </Table.Td>
              </Table.Tr>,
            ];
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
