// Routes of the Visits section. A patient page elsewhere links to /visits/patient/<id>.
import { Route, Routes } from 'react-router';
import { NewVisitPage } from './NewVisitPage';
import { PatientVisitsPage } from './PatientVisitsPage';
import { RecentVisitsPage } from './RecentVisitsPage';
import { VisitPage } from './VisitPage';

export function VisitsSection() {
  return (
    <Routes>
      <Route index element={<RecentVisitsPage />} />
      <Route path="patient/:patientId" element={<PatientVisitsPage />} />
      <Route path="patient/:patientId/new" element={<NewVisitPage />} />
      <Route path=":visitId" element={<VisitPage />} />
    </Routes>
  );
}
