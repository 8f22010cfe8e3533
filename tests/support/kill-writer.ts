// Child process for the kill test: opens the core on a data folder and writes through it as
// fast as it can, reporting one line per committed write. The parent kills it with SIGKILL.
// Reports go to a file with a blocking write: once written they survive the kill (a pipe
// write can sit in the process's own queue under load and die with it).
//   READY <mode>          the core opened (normal or recovery)
//   S <clinic name>       settings.update committed through the dispatcher
//   P <patient id>        a patient with a plan, a phase, an item and audit entries committed
//   B <file name>         a manual backup written and verified
import fs from 'node:fs';
import { recordAudit } from '../../electron/core/audit/audit-log';
import { openCore } from '../../electron/core/app-core';
import { silentLogger } from '../../electron/core/context';

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
});
reportLine(`READY ${core.status().mode}`);
// Also on stdout: the parent times its kill from this moment.
process.stdout.write('READY\n');

const clinic = (clinicName: string) => ({
  clinicName,
  clinicianName: 'Kill Test',
  credentials: '',
  address: '',
  phone: '',
  email: '',
  website: '',
  paperSize: 'A4',
  handoutLanguage: 'en',
});

/** A patient and their plan in one transaction, as the plans service writes them. */
function writePatientWithPlan(id: string): void {
  const { db, clock } = core.ctx;
  const now = clock().toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO patients (id, first_name, last_name, created_at, updated_at)
       VALUES (@id, 'Kill', @id, @now, @now)`,
    ).run({ id, now });
    db.prepare(
      `INSERT INTO plans (id, patient_id, title, status, created_at, updated_at)
       VALUES (@plan, @id, 'Plantar heel pain', 'draft', @now, @now)`,
    ).run({ plan: `${id}-plan`, id, now });
    db.prepare(
      `INSERT INTO plan_phases (id, plan_id, position, title) VALUES (@phase, @plan, 0, 'Settle pain')`,
    ).run({ phase: `${id}-phase`, plan: `${id}-plan` });
    db.prepare(
      `INSERT INTO plan_items (id, plan_id, phase_id, position, kind, content)
       VALUES (@item, @plan, @phase, 0, 'exercise', '{"title":"Heel raise"}')`,
    ).run({ item: `${id}-item`, plan: `${id}-plan`, phase: `${id}-phase` });
    recordAudit(db, clock, { entity: 'patient', entityId: id, patientId: id, action: 'create' });
    recordAudit(db, clock, {
      entity: 'plan',
      entityId: `${id}-plan`,
      patientId: id,
      action: 'create',
    });
  })();
}

async function run(): Promise<void> {
  if (core.status().mode !== 'normal') return;
  for (let n = 1; ; n += 1) {
    const name = `${runId}-${n}`;
    if (n % 40 === 0) {
      const result = await core.dispatch('backups.create', {});
      if (!result.ok) throw new Error(result.error.message);
      reportLine(`B ${JSON.stringify(result.value)}`);
    } else if (n % 2 === 0) {
      const result = await core.dispatch('settings.update', clinic(name));
      if (!result.ok) throw new Error(result.error.message);
      reportLine(`S ${name}`);
    } else {
      writePatientWithPlan(`p-${name}`);
      reportLine(`P p-${name}`);
    }
  }
}

run().catch((error: unknown) => {
  reportLine(`ERROR ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
