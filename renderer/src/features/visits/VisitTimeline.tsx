// The visits in order, with what changed in the plan between one visit and the next.
import { Anchor, Text, Timeline } from '@mantine/core';
import { Link } from 'react-router';
import type { TimelineEntry } from '../../../../shared/domain/visit-progress';
import type { Translate } from '../../../../shared/i18n';
import { formatDate } from '../../app/format';
import { useT } from '../../app/i18n';

function changesText(t: Translate, entry: TimelineEntry): string {
  const version = entry.planVersionNumber ?? '–';
  if (!entry.planChanged)
    return entry.planTitle
      ? t('visits:timeline.unchanged', { version })
      : t('visits:timeline.noPlanIssued');
  if (!entry.planChanges)
    return entry.planTitle
      ? t('visits:timeline.nowOn', { title: entry.planTitle, version })
      : t('visits:timeline.noPlanInForce');
  const { added, changed, removed } = entry.planChanges;
  const parts = [
    added.length > 0 && t('visits:timeline.added', { items: added.join(', ') }),
    changed.length > 0 && t('visits:timeline.changed', { items: changed.join(', ') }),
    removed.length > 0 && t('visits:timeline.removed', { items: removed.join(', ') }),
  ].filter((part): part is string => typeof part === 'string');
  return t('visits:timeline.version', {
    version,
    changes: parts.length > 0 ? parts.join('; ') : t('visits:timeline.noItemChanges'),
  });
}

export function VisitTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useT();
  if (entries.length === 0) return null;
  return (
    <Timeline
      active={entries.length - 1}
      bulletSize={14}
      lineWidth={2}
      aria-label={t('visits:timeline.label')}
    >
      {entries.map((entry, index) => (
        <Timeline.Item
          key={entry.visitId}
          title={
            <Anchor component={Link} to={`/visits/${entry.visitId}`} size="sm" fw={600}>
              {t('visits:timeline.visit', { number: index + 1, date: formatDate(entry.date) })}
            </Anchor>
          }
        >
          <Text size="xs" c={entry.planChanged ? 'teal.8' : 'dimmed'}>
            {index === 0 && entry.planTitle
              ? t('visits:timeline.startedOn', {
                  title: entry.planTitle,
                  version: entry.planVersionNumber ?? '–',
                })
              : changesText(t, entry)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
