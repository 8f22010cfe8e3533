// The patients section: list, new, a patient's page, editing, and their plans.
import { Route, Routes } from 'react-router';
import { PlanEditorPage } from '../plans/PlanEditorPage';
import { EditPatientPage, NewPatientPage } from './PatientFormPage';
import { PatientList } from './PatientList';
import { PatientPage } from './PatientPage';

export function PatientsPage() {
  return (
    <Routes>
      <Route index element={<PatientList />} />
      <Route path="new" element={<NewPatientPage />} />
      <Route path=":patientId" element={<PatientPage />} />
      <Route path=":patientId/edit" element={<EditPatientPage />} />
      <Route path=":patientId/plans/:planId" element={<PlanEditorPage />} />
    </Routes>
  );
}
