// The one loading / error / empty block for a screen's query, so every list waits, fails and
// says "nothing here" the same way; the content is drawn only once there is data.
import { Alert, Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from './i18n';

/** What QueryState needs of a TanStack query (any `useApiQuery` result fits). */
export interface QueryLike<T> {
  readonly data: T | undefined;
  readonly error: { message: string } | null;
  readonly isPending: boolean;
}

export function QueryState<T>(props: {
  query: QueryLike<T>;
  /** Names what loads, for screen readers: "Loading patients". */
  loadingLabel: string;
  /** Heading of the error: "Could not load patients". */
  errorTitle: string;
  /** Skeleton rows shown while loading, shaped like the content (5 by default). */
  skeletonRows?: number;
  /** Shown instead of the content when `isEmpty` says the data has nothing to show. */
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  /** Rows the core could not read and left out of this list (see UnreadableNotice). */
  unreadable?: (data: T) => number;
  children: (data: T) => ReactNode;
}) {
  const { query } = props;
  if (query.isPending && query.data === undefined) {
    return (
      <Stack gap="sm" role="status" aria-label={props.loadingLabel} aria-busy>
        {Array.from({ length: props.skeletonRows ?? 5 }, (_, row) => (
          <Skeleton key={row} height={22} radius="sm" />
        ))}
      </Stack>
    );
  }
  if (query.error) {
    return (
      <Alert color="red" title={props.errorTitle}>
        {query.error.message}
      </Alert>
    );
  }
  if (query.data === undefined) return null;
  const data = query.data;
  const unreadable = props.unreadable?.(data) ?? 0;
  return (
    <>
      {unreadable > 0 && <UnreadableNotice count={unreadable} />}
      {props.isEmpty?.(data) && props.empty !== undefined ? props.empty : props.children(data)}
    </>
  );
}

/** Says that damaged records were left out of a list, and what to do about it. */
export function UnreadableNotice(props: { count: number }) {
  const t = useT();
  return (
    <Alert
      color="orange"
      variant="light"
      role="status"
      title={t('app:unreadable.title', { count: props.count })}
    >
      {t('app:unreadable.body', { count: props.count })}
    </Alert>
  );
}
