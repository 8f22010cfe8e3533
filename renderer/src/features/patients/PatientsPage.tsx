// The patients section: list, new, a patient's page, editing, and their plans. The list is the
// app's first screen and comes with it; the other screens load on first use.
import { Route, Routes } from 'react-router';
import { lazyScreen, type LazyScreen } from '../../app/lazy-screen';
import { PatientList } from './PatientList';

const newPatient = lazyScreen(() => import('./PatientFormPage'), 'NewPatientPage');
const editPatient = lazyScreen(() => import('./PatientFormPage'), 'EditPatientPage');
const patient = lazyScreen(() => import('./PatientPage'), 'PatientPage');
const planEditor = lazyScreen(() => import('../plans/PlanEditorPage'), 'PlanEditorPage');

export const patientScreens: readonly LazyScreen[] = [newPatient, editPatient, patient, planEditor];

export function PatientsPage() {
  return (
    <Routes>
      <Route index element={<PatientList />} />
      <Route path="new" element={<newPatient.Component />} />
      <Route path=":patientId" element={<patient.Component />} />
      <Route path=":patientId/edit" element={<editPatient.Component />} />
      <Route path=":patientId/plans/:planId" element={<planEditor.Component />} />
    </Routes>
  );
}
