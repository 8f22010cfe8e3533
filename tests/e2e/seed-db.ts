// A patient with an issued, active plan, written straight into a test's data folder before
// the screens open it (for tests about a form, not about building the plan). The database is
// encrypted, so it is opened with the test key.
import { openDataFolderDatabase } from '../support/test-keys';
import {
  fasciaStretchItem,
  heelDropItem,
  insertPatient,
  insertPlanVersion,
  shockwaveItem,
} from '../support/visit-fixtures';

export function seedPatientWithPlan(dataDir: string): void {
  const db = openDataFolderDatabase(dataDir);
  db.pragma('busy_timeout = 5000');
  insertPatient(db, {
    id: 'pat-e2e',
    firstName: 'Maria',
    lastName: 'Okafor',
    dateOfBirth: '1984-05-02',
  });
  insertPlanVersion(db, {
    planId: 'plan-e2e',
    versionId: 'pv-e2e-1',
    versionNumber: 1,
    patientId: 'pat-e2e',
    items: [shockwaveItem, heelDropItem, fasciaStretchItem],
  });
  db.close();
}
