// The visits in order, with what changed in the plan between one visit and the next.
import { Anchor, Text, Timeline } from '@mantine/core';
import { Link } from 'react-router';
import type { TimelineEntry } from '../../../../shared/domain/visit-progress';
import { formatDate } from '../../app/format';

function changesText(entry: TimelineEntry): string {
  if (!entry.planChanged)
    return entry.planTitle
      ? `Plan unchanged (version ${entry.planVersionNumber ?? '–'})`
      : 'No plan issued';
  if (!entry.planChanges)
    return entry.planTitle
      ? `Now on ${entry.planTitle}, version ${entry.planVersionNumber ?? '–'}`
      : 'No plan in force';
  const parts = [
    entry.planChanges.added.length > 0 && `added ${entry.planChanges.added.join(', ')}`,
    entry.planChanges.changed.length > 0 && `changed ${entry.planChanges.changed.join(', ')}`,
    entry.planChanges.removed.length > 0 && `removed ${entry.planChanges.removed.join(', ')}`,
  ].filter((part): part is string => typeof part === 'string');
  return `Plan version ${entry.planVersionNumber ?? '–'}: ${parts.length > 0 ? parts.join('; ') : 'no item changes'}`;
}

export function VisitTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <Timeline active={entries.length - 1} bulletSize={14} lineWidth={2} aria-label="Visit timeline">
      {entries.map((entry, index) => (
        <Timeline.Item
          key={entry.visitId}
          title={
            <Anchor component={Link} to={`/visits/${entry.visitId}`} size="sm" fw={600}>
              {`Visit ${index + 1} · ${formatDate(entry.date)}`}
            </Anchor>
          }
        >
          <Text size="xs" c={entry.planChanged ? 'teal.8' : 'dimmed'}>
            {index === 0 && entry.planTitle
              ? `Started on ${entry.planTitle}, version ${entry.planVersionNumber ?? '–'}`
              : changesText(entry)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
