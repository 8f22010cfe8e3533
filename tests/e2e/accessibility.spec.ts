// Every main screen, scanned with axe (WCAG 2.1 A/AA and best practice) and photographed at
// 1366×900 for a look. Serious and critical violations fail the test; the rest are printed.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedClinic } from './seed';

const SHOTS = 'test-results/screenshots';

interface Finding {
  screen: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

async function scan(page: Page, screen: string, findings: Finding[]): Promise<void> {
  // Let transitions (modals, notifications) finish so colours are measured at rest.
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document
      .getAnimations()
      .every((animation) => animation.playState !== 'running'),
  );
  await page.screenshot({ path: `${SHOTS}/ux-${screen}.png` });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  for (const violation of results.violations) {
    findings.push({
      screen,
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.slice(0, 12).map((node) => node.target.join(' ')),
    });
  }
}

function report(findings: Finding[]): string {
  return findings
    .map((f) => `[${f.impact}] ${f.screen}: ${f.id} — ${f.help}\n    ${f.targets.join('\n    ')}`)
    .join('\n');
}

function expectNoSeriousViolations(findings: Finding[]): void {
  if (findings.length > 0) console.log(report(findings));
  const serious = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  expect(serious, report(serious)).toEqual([]);
}

test.beforeAll(() => fs.mkdirSync(SHOTS, { recursive: true }));

test('every screen of a clinic in use passes the accessibility scan', async ({ app }) => {
  // Twenty-odd screens, each scanned by axe: minutes on a busy machine.
  test.setTimeout(360_000);
  const { page } = app;
  const findings: Finding[] = [];
  const clinic = await seedClinic(page);
  const planPath = `/patients/${clinic.patientId}/plans/${clinic.planId}`;

  await app.goto('/patients');
  await expect(page.getByRole('link', { name: 'Núñez, Ana' })).toBeVisible();
  await scan(page, 'patients', findings);

  await app.goto('/patients/new');
  await expect(page.getByLabel('First name')).toBeVisible();
  await scan(page, 'patient-new', findings);

  await app.goto(`/patients/${clinic.patientId}`);
  await expect(page.getByRole('heading', { name: 'Ana Núñez' })).toBeVisible();
  // The history names what changed in the clinic's words, never a bare id.
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('heading', { name: 'History', level: 3 })).toBeVisible();
  await expect(
    history.getByText('Plan version 2 of Plantar heel pain — early phase').first(),
  ).toBeVisible();
  await expect(history).not.toContainText('Plan version id');
  await scan(page, 'patient', findings);

  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(page.getByRole('dialog', { name: 'New plan' })).toBeVisible();
  await scan(page, 'new-plan-dialog', findings);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'New plan' })).toBeHidden();

  await app.goto(planPath);
  await expect(
    page.getByRole('heading', { name: 'Plantar heel pain — early phase' }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: clinic.exercise, exact: true })).toBeVisible();
  await scan(page, 'plan-editor', findings);

  await page.getByRole('button', { name: 'Issue plan' }).click();
  await expect(page.getByRole('dialog', { name: 'Issue version 3' })).toBeVisible();
  await scan(page, 'issue-dialog', findings);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Issue version 3' })).toBeHidden();

  await page.getByRole('button', { name: `Edit dose of ${clinic.exercise}`, exact: true }).click();
  await expect(page.getByRole('form', { name: `Dose of ${clinic.exercise}` })).toBeVisible();
  await scan(page, 'plan-dose', findings);
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: /Goals/ }).click();
  await expect(page.getByRole('textbox', { name: 'Goal' }).first()).toHaveValue(
    'Walk to work without heel pain',
  );
  await scan(page, 'plan-goals', findings);

  await page.getByRole('tab', { name: /Red flags/ }).click();
  await scan(page, 'plan-red-flags', findings);

  await page.getByRole('tab', { name: /Versions/ }).click();
  await expect(page.getByRole('region', { name: 'Changes from v1 to v2' })).toBeVisible();
  await scan(page, 'plan-versions', findings);

  await page.getByRole('button', { name: 'Print v2…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Print plan' });
  await expect(dialog.getByRole('img', { name: /^Page 1 of \d+$/ })).toBeVisible();
  await scan(page, 'print-dialog', findings);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await app.goto('/templates');
  await expect(page.getByRole('heading', { name: 'Templates' })).toBeVisible();
  await scan(page, 'templates', findings);

  await page.getByRole('link', { name: 'Plantar heel pain — early phase' }).first().click();
  await expect(
    page.getByRole('heading', { name: 'Plantar heel pain — early phase' }),
  ).toBeVisible();
  await scan(page, 'template', findings);

  await app.goto('/library');
  await expect(page.getByLabel('Search the library')).toBeVisible();
  await scan(page, 'library', findings);

  await page.getByLabel('Search the library').fill('plantar fascia stretch');
  await page
    .getByRole('option', { name: /Plantar fascia stretch/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Plantar fascia stretch' })).toBeVisible();
  await scan(page, 'library-item', findings);

  await app.goto('/library/new/exercise');
  await expect(page.getByLabel('Title')).toBeVisible();
  await scan(page, 'library-editor', findings);

  await app.goto('/visits');
  await scan(page, 'visits', findings);

  await app.goto(`/visits/patient/${clinic.patientId}`);
  await expect(page.getByRole('table', { name: 'FAAM ADL values' })).toBeAttached();
  await scan(page, 'progress', findings);

  await app.goto(`/visits/patient/${clinic.patientId}/new`);
  await expect(page.getByRole('heading', { name: /New visit/ })).toBeVisible();
  await scan(page, 'visit-form', findings);

  for (const measure of ['NPRS', 'FAAM ADL', 'VISA-A']) {
    await page.getByRole('button', { name: 'Add measure' }).click();
    await page.getByRole('menuitem', { name: new RegExp(`^${measure} —`) }).click();
  }
  await page.getByLabel(/^FAAM ADL 1:/).scrollIntoViewIfNeeded();
  await scan(page, 'visit-form-measures', findings);

  await app.goto(`/visits/${clinic.visitId}`);
  await expect(page.getByRole('heading', { name: /^Visit / })).toBeVisible();
  await scan(page, 'visit', findings);

  await app.goto('/settings');
  await expect(page.getByLabel('Clinic name')).toHaveValue('Harbour Physio');
  await scan(page, 'settings', findings);

  await app.goto('/backups');
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('table', { name: 'Backups' }).getByRole('row')).toHaveCount(2);
  await scan(page, 'backups', findings);

  await page
    .getByRole('button', { name: /Restore the backup from/ })
    .first()
    .click();
  await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toBeVisible();
  await scan(page, 'restore-dialog', findings);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toBeHidden();

  await app.goto('/audit');
  const trail = page.getByRole('region', { name: 'All changes' });
  await expect(trail.getByText('Audit log intact')).toBeVisible();
  await expect(trail.getByText('Backup made')).toBeVisible();
  await scan(page, 'audit-log', findings);

  expectNoSeriousViolations(findings);
});

test('a new clinic: the empty screens say what to do next and pass the scan', async ({ app }) => {
  const { page } = app;
  const findings: Finding[] = [];
  // The app opens on Patients, the clinician's main work; the navigation follows the day.
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link')).toHaveText([
    'Patients',
    'Library',
    'Templates',
    'Visits',
    'Clinic settings',
    'Backups',
    'Audit log',
  ]);
  await expect(page.getByText('No patients yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add the first patient' })).toBeVisible();
  await scan(page, 'empty-patients', findings);

  await app.goto('/visits');
  await expect(page.getByText('No visits recorded yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open patients' })).toBeVisible();
  await scan(page, 'empty-visits', findings);

  await app.goto('/backups');
  // Not empty: a new clinic has its first backup, made when it first started.
  await expect(page.getByRole('table', { name: 'Backups' })).toContainText('Daily (automatic)');
  await scan(page, 'empty-backups', findings);

  expectNoSeriousViolations(findings);
});
