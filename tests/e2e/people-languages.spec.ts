// The patient, settings, backups and audit screens, and the screens before sign-in, in German
// and French: the words a clinician reads there, and screenshots to look at.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, expect, startHost, stopHost, test } from './fixtures';

const SHOTS = 'test-results/screenshots';

/** The language the screens come up in on this computer from the next page load on. */
async function useLanguage(page: Page, language: string): Promise<void> {
  await page.addInitScript((lang) => {
    // The page's own storage (the test files are type-checked without the DOM library).
    const storage = (
      globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
    ).localStorage;
    storage.setItem('physioplan.uiLanguage', lang);
  }, language);
}

test('first start and opening the record follow the language last used on this computer', async ({
  page,
}) => {
  // Setting up and opening the record run production-cost key derivations.
  test.slow();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-e2e-people-lang-'));
  let host = await startHost(dataDir);
  try {
    await useLanguage(page, 'de');
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Physioplan einrichten' })).toBeVisible();
    await expect(
      page.getByRole('textbox', { name: 'Praxis-Passphrase', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Ihre PIN' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Praxis einrichten' })).toBeVisible();
    await expect(page).toHaveTitle('Physioplan — gesperrt');
    await page.screenshot({ path: `${SHOTS}/people-de-first-start.png`, fullPage: true });

    // Set up through the core (the screens' own setup is access.spec's), then start again:
    // the record is closed, so nothing but this computer says which language to use.
    const setup = await callApi(page, 'access.setup', {
      clinicPassphrase: 'heel clinic passphrase',
      adminName: 'Mara Lind',
      secretKind: 'pin',
      secret: '4711',
    });
    expect(setup.ok).toBe(true);
    await stopHost(host);
    host = await startHost(dataDir);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Praxisdaten öffnen' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Wiederherstellungsschlüssel verwenden' }),
    ).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/people-de-open-record.png`, fullPage: true });

    await useLanguage(page, 'fr');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Ouvrir le dossier du cabinet' })).toBeVisible();
    await page.getByRole('button', { name: 'Utiliser la clé de récupération' }).click();
    await expect(page.getByRole('textbox', { name: 'Clé de récupération' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/people-fr-open-record.png`, fullPage: true });
    await page.getByRole('button', { name: 'Utiliser la phrase secrète du cabinet' }).click();
    await page
      .getByRole('textbox', { name: 'Phrase secrète du cabinet', exact: true })
      .fill('heel clinic passphrase');
    await page.getByRole('button', { name: 'Ouvrir', exact: true }).click();
    // Once the record is open, the lock screen speaks the clinic's language (English here).
    await expect(page.getByRole('heading', { name: 'Physioplan is locked' })).toBeVisible();
  } finally {
    await stopHost(host);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('patients, clinic settings, backups and the audit log read in German', async ({ app }) => {
  // Six screens, a backup and a lock on one record: longer than most specs.
  test.slow();
  const { page } = app;
  // The clinic's language of the app: German for everyone, the lock screen included.
  const current = await callApi(page, 'settings.get', {});
  const {
    logo: _logo,
    updatedAt: _updatedAt,
    ...clinic
  } = current.value as Record<string, unknown>;
  const chosen = await callApi(page, 'settings.update', { ...clinic, uiLanguage: 'de' });
  expect(chosen.ok).toBe(true);
  await app.goto('/patients');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Patienten' })).toBeVisible();
  await expect(page.getByText('Noch keine Patienten.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/people-de-patient-list-empty.png`, fullPage: true });

  await page.getByRole('link', { name: 'Neuer Patient' }).click();
  await page.getByLabel('Vorname').fill('Jonas');
  await page.getByLabel('Nachname').fill('Weißmann');
  // The date example follows the language, and the date is typed the way it is written.
  await expect(page.getByLabel('Geburtsdatum')).toHaveAttribute('placeholder', 'z. B. 2.4.1988');
  await page.getByLabel('Geburtsdatum').fill('14.3.1979');
  await page.getByLabel('Geburtsdatum').press('Escape');
  await page.getByRole('combobox', { name: 'Sprache der Merkblätter' }).click();
  // Each language in its own name; those without translated sheets say so.
  await expect(page.getByRole('option', { name: 'Deutsch', exact: true })).toBeVisible();
  await expect(
    page.getByRole('option', { name: 'Italiano — Merkblätter vorerst auf Englisch' }),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/people-de-patient-form.png`, fullPage: true });
  await page.getByRole('option', { name: 'Deutsch', exact: true }).click();
  await page.getByRole('button', { name: 'Patient speichern' }).click();
  await expect(page.getByRole('heading', { name: 'Jonas Weißmann' })).toBeVisible();
  const details = page.getByRole('table', { name: 'Patientendaten' });
  await expect(details).toContainText('14.3.1979');
  await expect(details).toContainText(/\(\d+ J\.\)/);
  await expect(details.getByRole('row', { name: /Sprache der Merkblätter/ })).toContainText(
    'Deutsch',
  );
  const history = page.getByRole('region', { name: 'Verlauf' });
  await expect(history.getByRole('columnheader', { name: 'Von' })).toBeVisible();
  await expect(history).toContainText('Patient angelegt');
  await page.screenshot({ path: `${SHOTS}/people-de-patient-page.png`, fullPage: true });

  await app.goto('/patients');
  await expect(page.getByRole('link', { name: 'Weißmann, Jonas' })).toBeVisible();
  await page.getByLabel('Patienten suchen').fill('niemand');
  await expect(page.getByText('Keine Patienten zu „niemand“ gefunden.')).toBeVisible();
  await page.getByLabel('Patienten suchen').fill('');
  await page.screenshot({ path: `${SHOTS}/people-de-patient-list.png`, fullPage: true });

  await app.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Praxiseinstellungen' })).toBeVisible();
  await page.getByLabel('Name der Praxis').fill('Physiotherapie am Fluss');
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await expect(page.getByText('Einstellungen gespeichert.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Therapeuten' })).toContainText('Administrator/in');
  await page.screenshot({ path: `${SHOTS}/people-de-settings.png`, fullPage: true });

  await app.goto('/backups');
  await expect(page.getByRole('heading', { name: 'Sicherungen' })).toBeVisible();
  await page.getByRole('button', { name: 'Jetzt sichern' }).click();
  await expect(page.getByText(/^Sicherung erstellt und geprüft/)).toBeVisible();
  const backups = page.getByRole('table', { name: 'Sicherungen' });
  await expect(backups).toContainText('Von Hand');
  // Sizes with the decimal comma German writes.
  await expect(backups).toContainText(/\d,\d MB/);
  await page.screenshot({ path: `${SHOTS}/people-de-backups.png`, fullPage: true });

  await app.goto('/audit');
  await expect(page.getByRole('heading', { name: 'Protokoll', level: 2 })).toBeVisible();
  const trail = page.getByRole('region', { name: 'Alle Änderungen' });
  await expect(trail.getByText('Protokoll unverändert')).toBeVisible();
  await expect(trail).toContainText('Sicherung erstellt');
  await expect(trail).toContainText('Praxiseinstellungen geändert');
  await expect(trail).toContainText('Name der Praxis');
  await page.screenshot({ path: `${SHOTS}/people-de-audit.png`, fullPage: true });

  await callApi(page, 'access.lock', {});
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Physioplan ist gesperrt' })).toBeVisible();
  await expect(page.getByText('Melden Sie sich an, um die Praxisdaten zu sehen.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Entsperren' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/people-de-sign-in.png`, fullPage: true });
});
