// Built-in protocols (resources/protocols/*.json, written by us) become read-only templates.
// Loaded at start-up after the built-in library; an item whose key is not in the library is
// skipped with a note in the log, and the template is rebuilt once it appears.
import fs from 'node:fs';
import path from 'node:path';
import { itemContentSchema, type ItemContent } from '../../../shared/domain/library';
import { itemParametersSchema } from '../../../shared/domain/parameters';
import { builtInProtocolFileSchema, type BuiltInProtocol } from '../../../shared/domain/protocol';
import type { CoreContext } from '../context';
import { libraryItemByKey, type LibrarySourceItem } from './library-source';
import { insertItem } from './plan-items-repository';
import { insertPhase } from './plan-phases-repository';
import { setEntryCriteriaRow } from './plan-progression-repository';
import { insertPlan, planRowSchema } from './plans-repository';

export interface ProtocolLoadReport {
  added: number;
  updated: number;
  unchanged: number;
  problems: string[];
}

interface ResolvedItem {
  source: LibrarySourceItem;
  content: ItemContent;
  note: string;
}

function resolveItems(
  ctx: CoreContext,
  protocol: BuiltInProtocol,
  problems: string[],
): ResolvedItem[][] {
  return protocol.phases.map((phase) =>
    phase.items.flatMap((item): ResolvedItem[] => {
      const source = libraryItemByKey(ctx.db, item.key);
      if (!source || source.archived) {
        problems.push(
          `${protocol.key}: skipped "${item.key}" (${source ? 'archived in' : 'not in'} the library)`,
        );
        return [];
      }
      const dose = itemParametersSchema.safeParse({
        kind: source.content.kind,
        parameters: { ...source.content.parameters, ...item.parameters },
      });
      if (!dose.success) {
        problems.push(
          `${protocol.key}: "${item.key}" has parameters that do not fit a ${source.content.kind} item (${dose.error.issues[0]?.message ?? 'invalid'}); using the library's defaults`,
        );
      }
      const content = dose.success
        ? itemContentSchema.parse({ ...source.content, ...dose.data })
        : structuredClone(source.content);
      return [{ source, content, note: item.note ?? '' }];
    }),
  );
}

/** Keys a stored built-in template was built from, to notice content that appeared since. */
function storedKeys(ctx: CoreContext, planId: string): string {
  return (
    ctx.db
      .prepare(
        `SELECT source_built_in_key AS key FROM plan_items WHERE plan_id = @planId
         ORDER BY phase_id, position`,
      )
      .all({ planId }) as { key: string | null }[]
  )
    .map((r) => r.key ?? '')
    .sort()
    .join('\n');
}

function writeProtocol(
  ctx: CoreContext,
  protocol: BuiltInProtocol,
  items: ResolvedItem[][],
  existing: { id: string; archived: boolean } | null,
  now: string,
): void {
  const id = existing?.id ?? ctx.newId();
  if (existing) {
    ctx.db.prepare('DELETE FROM plan_items WHERE plan_id = @id').run({ id });
    ctx.db.prepare('DELETE FROM plan_phases WHERE plan_id = @id').run({ id });
    ctx.db.prepare('DELETE FROM plans WHERE id = @id').run({ id });
  }
  insertPlan(ctx.db, {
    id,
    patientId: null,
    title: protocol.title,
    condition: protocol.condition,
    description: protocol.description,
    status: 'draft',
    goals: protocol.goals.map((g) => ({ id: ctx.newId(), ...g, targetDate: null })),
    builtInKey: protocol.key,
    contentVersion: protocol.contentVersion,
    now,
  });
  // A clinician's choice to hide a built-in protocol survives its upgrade.
  if (existing?.archived)
    ctx.db.prepare('UPDATE plans SET archived = 1 WHERE id = @id').run({ id });
  protocol.phases.forEach((phase, position) => {
    const phaseId = ctx.newId();
    insertPhase(ctx.db, {
      id: phaseId,
      planId: id,
      position,
      title: phase.title,
      description: phase.description,
    });
    setEntryCriteriaRow(
      ctx.db,
      phaseId,
      phase.entryCriteria.map((c) => ({ ...c, id: ctx.newId() })),
    );
    (items[position] ?? []).forEach((item, itemPosition) => {
      insertItem(ctx.db, {
        id: ctx.newId(),
        planId: id,
        phaseId,
        position: itemPosition,
        content: item.content,
        sourceItemId: item.source.id,
        sourceBuiltInKey: item.source.builtInKey,
        patientNote: item.note,
      });
    });
  });
}

export function loadBuiltInProtocols(ctx: CoreContext, dir: string): ProtocolLoadReport {
  const report: ProtocolLoadReport = { added: 0, updated: 0, unchanged: 0, problems: [] };
  if (!fs.existsSync(dir)) {
    report.problems.push(`no protocols folder at ${dir}`);
    return report;
  }
  const protocols: BuiltInProtocol[] = [];
  for (const name of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      report.problems.push(`${name}: not readable JSON (${String(error)})`);
      continue;
    }
    const parsed = builtInProtocolFileSchema.safeParse(json);
    if (!parsed.success) {
      report.problems.push(`${name}: ${parsed.error.issues[0]?.message ?? 'not a protocol file'}`);
      continue;
    }
    protocols.push(...parsed.data.protocols);
  }
  ctx.db.transaction(() => {
    const now = ctx.clock().toISOString();
    for (const protocol of protocols) {
      const raw: unknown = ctx.db
        .prepare('SELECT * FROM plans WHERE built_in_key = @key')
        .get({ key: protocol.key });
      const row = raw === undefined ? null : planRowSchema.parse(raw);
      const problems: string[] = [];
      const items = resolveItems(ctx, protocol, problems);
      const keys = items
        .flat()
        .map((i) => i.source.builtInKey ?? '')
        .sort()
        .join('\n');
      if (
        row &&
        row.content_version >= protocol.contentVersion &&
        storedKeys(ctx, row.id) === keys
      ) {
        report.unchanged += 1;
        continue;
      }
      report.problems.push(...problems);
      writeProtocol(
        ctx,
        protocol,
        items,
        row ? { id: row.id, archived: row.archived === 1 } : null,
        now,
      );
      if (row) report.updated += 1;
      else report.added += 1;
    }
  })();
  return report;
}

export function builtInProtocolsTask(ctx: CoreContext, resourcesDir: string): void {
  const report = loadBuiltInProtocols(ctx, path.join(resourcesDir, 'protocols'));
  if (report.added > 0 || report.updated > 0) {
    ctx.log.info(`Built-in protocols: ${report.added} added, ${report.updated} updated`);
  }
  for (const problem of report.problems) ctx.log.info(`Built-in protocols: ${problem}`);
}
