// The plan editor's data: the plan, and a write queue. Writes run one after another, each
// carrying the latest revision this window knows, so quick edits never trip over each other;
// a change made in another window shows up as a conflict to reload, never as a lost write.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api';
import type { Plan } from '../../../../shared/domain/plan';
import { ApiError } from '../../../../shared/errors';
import { apiQueryKey, invoke, useApiQuery } from '../../app/api';

/** Methods that change a plan: their input names the plan and the revision it was based on. */
export type PlanWriteMethod = {
  [M in MethodName]: MethodInput<M> extends { planId: string; revision: number } ? M : never;
}[MethodName];
export type PlanWriteInput<M extends PlanWriteMethod> = Omit<MethodInput<M>, 'planId' | 'revision'>;

function planOf(output: Plan | { plan: Plan }): Plan {
  return 'plan' in output ? output.plan : output;
}

export interface PlanEditor {
  plan: Plan | undefined;
  loading: boolean;
  loadError: ApiError | null;
  /** Set when another window changed the plan; the editor offers to reload. */
  conflict: string | null;
  saving: boolean;
  write<M extends PlanWriteMethod>(
    method: M,
    input: PlanWriteInput<M>,
    optimistic?: (plan: Plan) => Plan,
  ): Promise<MethodOutput<M>>;
  reload(): void;
}

export function usePlanEditor(planId: string): PlanEditor {
  const queryClient = useQueryClient();
  const key = apiQueryKey('plans.get', { planId });
  const query = useApiQuery('plans.get', { planId });
  const revision = useRef<number | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [conflict, setConflict] = useState<string | null>(null);
  const [pending, setPending] = useState(0);

  useEffect(() => {
    if (query.data && (revision.current === null || query.data.revision > revision.current)) {
      revision.current = query.data.revision;
    }
  }, [query.data]);

  const write = useCallback(
    <M extends PlanWriteMethod>(
      method: M,
      input: PlanWriteInput<M>,
      optimistic?: (plan: Plan) => Plan,
    ): Promise<MethodOutput<M>> => {
      const before = queryClient.getQueryData<Plan>(key);
      if (optimistic && before) queryClient.setQueryData(key, optimistic(before));
      setPending((n) => n + 1);
      const run = queue.current.then(async () => {
        try {
          const output = await invoke(method, {
            ...input,
            planId,
            revision: revision.current ?? 0,
          } as MethodInput<M>);
          const plan = planOf(output as Plan | { plan: Plan });
          revision.current = plan.revision;
          queryClient.setQueryData(key, plan);
          // Lists elsewhere (the patient's plans, templates) show counts and versions.
          void queryClient.invalidateQueries({
            predicate: (q) => q.queryKey[0] !== 'plans.get',
          });
          return output;
        } catch (error) {
          if (before) queryClient.setQueryData(key, before);
          if (
            error instanceof ApiError &&
            error.code === 'CONFLICT' &&
            /another window/.test(error.message)
          ) {
            setConflict(error.message);
          }
          throw error;
        } finally {
          setPending((n) => n - 1);
        }
      });
      // A failed write must not stop the ones queued after it.
      queue.current = run.catch(() => undefined);
      return run;
    },
    // `key` is derived from planId.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [planId, queryClient],
  );

  const reload = useCallback(() => {
    revision.current = null;
    setConflict(null);
    void queryClient.invalidateQueries({ queryKey: apiQueryKey('plans.get', { planId }) });
  }, [planId, queryClient]);

  return {
    plan: query.data,
    loading: query.isPending,
    loadError: query.error,
    conflict,
    saving: pending > 0,
    write,
    reload,
  };
}
