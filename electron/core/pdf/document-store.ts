// Rendered documents kept for a short while, so that saving or printing what the preview showed
// needs no second render: the preview answers with a reference, save and print hand it back.
import type { AuditEvent } from '../audit/audit-log';
import type { Clock } from '../context';
import { AppError } from '../errors';

export interface RenderedDocument {
  fileName: string;
  data: Buffer;
  pageCount: number;
  /** What the audit log records when the document is saved or printed (the purpose is added). */
  audit: AuditEvent;
}

export interface DocumentStoreOptions {
  clock: Clock;
  /** How long a document is kept after it was last asked for. */
  keepMs?: number;
  /** The most documents kept; the least recently used goes first. */
  maxDocuments?: number;
}

interface Entry {
  document: RenderedDocument;
  lastUsed: number;
}

/** 15 minutes: a clinician may read a long preview before saving it. */
const DEFAULT_KEEP_MS = 15 * 60 * 1000;
/** A handful of previews (a dialog toggling options makes a few); each is at most a few MB. */
const DEFAULT_MAX_DOCUMENTS = 8;

export class DocumentStore {
  private readonly entries = new Map<string, Entry>();
  private readonly keepMs: number;
  private readonly maxDocuments: number;

  constructor(private readonly options: DocumentStoreOptions) {
    this.keepMs = options.keepMs ?? DEFAULT_KEEP_MS;
    this.maxDocuments = options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS;
  }

  put(id: string, document: RenderedDocument): void {
    this.dropExpired();
    this.entries.set(id, { document, lastUsed: this.now() });
    while (this.entries.size > this.maxDocuments) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** The document, kept a while longer; NOT_FOUND once it has been let go. */
  take(id: string): RenderedDocument {
    this.dropExpired();
    const entry = this.entries.get(id);
    if (!entry) {
      throw new AppError(
        'NOT_FOUND',
        'This document is no longer ready to save or print (it was made more than 15 minutes ago, or other documents were made since). Make it again and save it.',
      );
    }
    // Re-inserted so the map's order stays least recently used first.
    this.entries.delete(id);
    this.entries.set(id, { document: entry.document, lastUsed: this.now() });
    return entry.document;
  }

  get size(): number {
    return this.entries.size;
  }

  private now(): number {
    return this.options.clock().getTime();
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) {
      if (now - entry.lastUsed > this.keepMs) this.entries.delete(id);
    }
  }
}
