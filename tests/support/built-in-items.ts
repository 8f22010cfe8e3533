// The built-in library as the app reads it (the production reader), for content tests.
import path from 'node:path';
import { readBuiltInContent } from '../../electron/core/library/built-in-content';
import type { BuiltInItem } from '../../shared/domain/library';
import { doseText } from '../../shared/plans/dose-text';

export const resourcesDir = path.resolve(import.meta.dirname, '../../resources');

export function builtInItems(): BuiltInItem[] {
  const { items, problems } = readBuiltInContent(path.join(resourcesDir, 'library'));
  if (problems.length > 0) throw new Error(`Built-in content problems:\n${problems.join('\n')}`);
  return items;
}

/** What the patient reads on a home sheet: title, dose line, summary, steps and cautions. */
export function patientText(item: BuiltInItem): { where: string; text: string }[] {
  return [
    { where: 'title', text: item.title },
    { where: 'dose', text: item.kind === 'education' ? '' : doseText(item, 'en') },
    { where: 'summary', text: item.summary },
    ...item.instructions.map((text, i) => ({ where: `step ${i + 1}`, text })),
    ...item.cautions.map((text, i) => ({ where: `caution ${i + 1}`, text })),
  ];
}

/** Items a patient does at home that are printed with a dose line. */
export function isDosedHomeItem(item: BuiltInItem): boolean {
  return item.kind === 'exercise' || item.kind === 'taping' || item.kind === 'orthosis';
}
