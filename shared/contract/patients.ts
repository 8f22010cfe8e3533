// Patients: the people plans and visits belong to. Archived, never deleted.
import { z } from 'zod';
import { idSchema } from '../domain/common';
import {
  duplicateCheckSchema,
  patientDraftSchema,
  patientSchema,
  patientSearchInputSchema,
  patientSearchResultSchema,
  patientSummarySchema,
} from '../domain/patient';
import { method } from './define';

const byId = z.object({ id: idSchema });

export const patientsMethods = {
  'patients.search': method(patientSearchInputSchema, patientSearchResultSchema),
  'patients.get': method(byId, patientSchema),
  /**
   * Refused with CONFLICT when someone with the same name and date of birth is on file,
   * unless `allowDuplicate` says the clinician has seen the warning and it is another person.
   */
  'patients.create': method(
    z.object({ patient: patientDraftSchema, allowDuplicate: z.boolean().default(false) }),
    patientSchema,
  ),
  'patients.update': method(
    z.object({
      id: idSchema,
      patient: patientDraftSchema,
      allowDuplicate: z.boolean().default(false),
    }),
    patientSchema,
  ),
  'patients.archive': method(byId, patientSchema),
  'patients.restore': method(byId, patientSchema),
  /** For the warning shown while the form is filled in. */
  'patients.findDuplicates': method(duplicateCheckSchema, z.array(patientSummarySchema)),
};
