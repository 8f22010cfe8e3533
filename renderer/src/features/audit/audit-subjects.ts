// What an audit entry is about, in the clinic's words ("Plan version 3 of Plantar heel pain").
// The audit log holds only ids, never clinical text, so names are looked up here from the
// patient's plans and visits, which the patient page reads anyway.
import { useQueries } from '@tanstack/react-query';
import type { AuditEntry } from '../../../../shared/domain/audit';
import { apiQueryKey, invoke, useApiQuery } from '../../app/api';
import { formatDate } from '../../app/format';

/** The last characters of an id: enough to tell entries apart without a wall of hex. */
export function shortId(id: string): string {
  return id.replace(/-/g, '').slice(-6);
}

export type DescribeSubject = (entry: AuditEntry) => string | null;

/** Names the plan, plan version or visit an entry is about; null when it is not known here. */
export function useAuditSubjects(patientId: string | undefined): DescribeSubject {
  const enabled = patientId !== undefined;
  const id = patientId ?? '';
  const plans = useApiQuery(
    'plans.listForPatient',
    { patientId: id, includeArchived: true },
    { enabled },
  );
  const visits = useApiQuery('visits.overview', { patientId: id }, { enabled });
  const versionLists = useQueries({
    queries: (plans.data?.plans ?? []).map((plan) => ({
      queryKey: apiQueryKey('plans.listVersions', { planId: plan.id }),
      queryFn: () => invoke('plans.listVersions', { planId: plan.id }),
    })),
  });

  const planTitles = new Map((plans.data?.plans ?? []).map((plan) => [plan.id, plan.title]));
  const versions = new Map<string, string>();
  for (const list of versionLists) {
    for (const version of list.data ?? []) {
      const title = planTitles.get(version.planId);
      versions.set(
        version.id,
        `Plan version ${version.versionNumber}${title ? ` of ${title}` : ''}`,
      );
    }
  }
  const visitNames = new Map(
    (visits.data?.visits ?? []).map((visit) => [
      visit.id,
      `Visit on ${formatDate(visit.date)} at ${visit.time}`,
    ]),
  );

  return (entry) => {
    switch (entry.entity) {
      case 'plan': {
        const title = planTitles.get(entry.entityId);
        return title === undefined ? null : `Plan: ${title}`;
      }
      case 'plan_version':
        return versions.get(entry.entityId) ?? null;
      case 'visit':
        return visitNames.get(entry.entityId) ?? null;
      default:
        return null;
    }
  };
}
