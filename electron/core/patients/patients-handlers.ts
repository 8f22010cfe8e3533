// Contract methods for patients.
import type { patientsMethods } from '../../../shared/contract/patients';
import type { HandlerMap } from '../../../shared/api';
import type { CoreContext } from '../context';
import {
  createPatient,
  findDuplicatePatients,
  getPatient,
  searchPatientList,
  setArchived,
  updatePatient,
} from './patients-service';

export function patientsHandlers(ctx: CoreContext): Pick<HandlerMap, keyof typeof patientsMethods> {
  return {
    'patients.search': (input) => searchPatientList(ctx, input),
    'patients.get': ({ id }) => getPatient(ctx, id),
    'patients.create': ({ patient, allowDuplicate }) => createPatient(ctx, patient, allowDuplicate),
    'patients.update': ({ id, patient, allowDuplicate }) =>
      updatePatient(ctx, id, patient, allowDuplicate),
    'patients.archive': ({ id }) => setArchived(ctx, id, true),
    'patients.restore': ({ id }) => setArchived(ctx, id, false),
    'patients.findDuplicates': (check) => findDuplicatePatients(ctx, check),
  };
}
