// The layering rule in eslint.config.js, run the way `npx eslint` runs it: a domain may import
// db/, shared/ and another domain's service, never another domain's repository nor api/; db/
// imports no domain.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: repoRoot });

/** The import-rule messages ESLint gives for `source` placed at `file`. */
async function importProblems(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

const use = (name: string) => `\nexport const used = ${name};\n`;

describe('core layering lint rule', { timeout: 60_000 }, () => {
  it("refuses another domain's repository", async () => {
    const problems = await importProblems(
      'electron/core/plans/lint-probe.ts',
      `import { readVisitRow } from '../visits/visit-repository';${use('readVisitRow')}`,
    );
    expect(problems).toEqual([
      expect.stringContaining("Another domain's tables are its own: call its service"),
    ]);
  });

  it('refuses api/ from a domain, type imports included', async () => {
    const problems = await importProblems(
      'electron/core/visits/lint-probe.ts',
      `import type { Dispatch } from '../api/dispatch';\nexport type Used = Dispatch;\n`,
    );
    expect(problems).toEqual([expect.stringContaining('A domain never imports api/')]);
  });

  it('refuses a domain from db/', async () => {
    const problems = await importProblems(
      'electron/core/db/lint-probe.ts',
      `import { createBackup } from '../backups/backup-service';${use('createBackup')}`,
    );
    expect(problems).toEqual([expect.stringContaining('db/ sits below every domain')]);
  });

  it("allows a domain's own repository, another domain's service, db/ and shared/", async () => {
    const problems = await importProblems(
      'electron/core/plans/lint-probe.ts',
      [
        "import { readPlan } from './plans-repository';",
        "import { patientVisitDate } from '../visits/visit-lookup';",
        "import { migrate } from '../db/migrate';",
        "import type { HandlerMap } from '../../../shared/api';",
        'export type Used = HandlerMap;',
        'export const used = [readPlan, patientVisitDate, migrate];',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
  });

  it('lets api/ join every domain', async () => {
    const problems = await importProblems(
      'electron/core/api/lint-probe.ts',
      `import { plansHandlers } from '../plans/plans-handlers';${use('plansHandlers')}`,
    );
    expect(problems).toEqual([]);
  });
});
