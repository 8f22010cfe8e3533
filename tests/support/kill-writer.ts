// Child process for the kill test: opens the core on a data folder and writes through the
// dispatcher as fast as it can (patients, plans and plan edits, visits, clinic settings,
// backups),
// reporting one line per committed write. The parent kills it with SIGKILL.
// Reports go to a file with a blocking write: once written they survive the kill (a pipe
// write can sit in the process's own queue under load and die with it).
//   READY <mode>            the core opened (normal or recovery)
//   P <patient id>          patients.create committed
//   L <plan id> <revision>  plans.create or plans.update committed at that revision
//   S <clinic name>         settings.update committed
//   V <visit id>            visits.create committed (SOAP note and an NPRS score)
//   B <backup json>         backups.create committed (written and verified)
import fs from 'node:fs';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api';
import { openCore } from '../../electron/core/app-core';
import { silentLogger } from '../../electron/core/context';
import { stepKind } from './kill-writer-steps';
import { TEST_KDF, unlockTestCore } from './test-keys';

const [dataDir, runId, reportFile] = process.argv.slice(2);
if (dataDir === undefined || runId === undefined || reportFile === undefined) {
  throw new Error('usage: kill-writer DATA_DIR RUN_ID REPORT_FILE');
}
const report = fs.openSync(reportFile, 'a');
function reportLine(line: string): void {
  fs.writeSync(report, `${line}\n`);
}

const core = openCore({
  dataDir,
  host: { kind: 'test', appVersion: 'kill-test' },
  log: silentLogger,
  kdf: TEST_KDF,
});
unlockTestCore(core);
reportLine(`READY ${core.status().mode}`);
// Also on stdout: the parent times its kill from this moment.
process.stdout.write('READY\n');

async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

async function run(): Promise<void> {
  if (core.status().mode !== 'normal') return;
  let patientId: string | null = null;
  let plan: { id: string; revision: number } | null = null;
  for (let n = 1; ; n += 1) {
    const name = `${runId}-${n}`;
    const kind = stepKind(n);
    if (kind === 'backup') {
      reportLine(`B ${JSON.stringify(await call('backups.create', {}))}`);
    } else if (kind === 'patient') {
      const patient = await call('patients.create', {
        patient: {
          firstName: 'Kill',
          lastName: name,
          dateOfBirth: '1984-03-09',
          phone: '',
          email: '',
          address: '',
          conditions: ['Plantar heel pain'],
          diagnosis: 'Plantar fasciopathy, left',
          preferredLanguage: 'en',
          notes: '',
        },
      });
      patientId = patient.id;
      reportLine(`P ${patient.id}`);
    } else if (kind === 'settings') {
      await call('settings.update', {
        clinicName: name,
        clinicianName: 'Kill Test',
        credentials: '',
        address: '',
        phone: '',
        email: '',
        website: '',
        paperSize: 'A4',
        handoutLanguage: 'en',
      });
      reportLine(`S ${name}`);
    } else if (kind === 'plan' && patientId !== null) {
      const created = await call('plans.create', { patientId, title: `Plan ${name}` });
      plan = { id: created.id, revision: created.revision };
      reportLine(`L ${created.id} ${created.revision}`);
    } else if (kind === 'visit' && patientId !== null) {
      const visit = await call('visits.create', {
        patientId,
        date: '2026-11-20',
        time: '09:30',
        planVersionId: null,
        soap: {
          subjective: `First steps painful (${name})`,
          objective: 'Tender at the medial calcaneal tubercle',
          assessment: 'Plantar heel pain, settling',
          plan: 'Continue the loading programme',
        },
        treatments: [],
        outcomes: [{ form: { measure: 'nprs', answers: [n % 11] }, note: '' }],
        adherence: [],
      });
      reportLine(`V ${visit.id}`);
    } else if (kind === 'edit' && plan !== null) {
      const edited: MethodOutput<'plans.update'> = await call('plans.update', {
        planId: plan.id,
        revision: plan.revision,
        title: `Plan ${name}`,
        condition: 'Plantar heel pain',
        description: `Edited at step ${n}`,
      });
      plan = { id: edited.id, revision: edited.revision };
      reportLine(`L ${edited.id} ${edited.revision}`);
    }
  }
}

run().catch((error: unknown) => {
  reportLine(`ERROR ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
