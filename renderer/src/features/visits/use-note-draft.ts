// Autosaves the SOAP note being typed as a draft (a few seconds after the last key, and when
// the form closes), so nothing typed is lost; the draft goes once the visit is saved or the
// clinician discards it. Drafts are kept by the core, never in the browser.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VisitNoteDraft } from '../../../../shared/contract/visits';
import type { Soap } from '../../../../shared/domain/visit';
import { invoke } from '../../app/api';

/** How long typing pauses before the draft is saved. */
export const DRAFT_SAVE_DELAY_MS = 2000;

export interface NoteDraftRef {
  patientId: string;
  /** The recorded visit being edited; null for a new visit. */
  visitId: string | null;
}

export interface NoteDraft {
  /** The saved draft, or null when the note is as recorded. */
  draft: VisitNoteDraft | null;
  discard(): void;
}

const same = (a: Soap, b: Soap) => JSON.stringify(a) === JSON.stringify(b);

export function useNoteDraft(options: {
  ref: NoteDraftRef;
  soap: Soap;
  /** The note as it stands in the record (empty for a new visit). */
  recordSoap: Soap;
  restored: VisitNoteDraft | null;
  /** Sent to be saved: no more drafts (the core removes the draft with the save). */
  submitted: boolean;
}): NoteDraft {
  const { ref, soap, recordSoap, restored, submitted } = options;
  const [draft, setDraft] = useState<VisitNoteDraft | null>(restored);
  const stored = useRef<Soap>(restored?.soap ?? recordSoap);
  // What the unmount flush needs, kept current by an effect (never written during render).
  const pending = useRef<(() => void) | null>(null);

  const save = useCallback(
    (note: Soap) => {
      stored.current = note;
      pending.current = null;
      if (same(note, recordSoap)) {
        void invoke('visits.discardNoteDraft', ref).then(
          () => setDraft(null),
          () => undefined,
        );
        return;
      }
      // A failed autosave is retried with the next change; the form itself still holds the text.
      void invoke('visits.saveNoteDraft', { ...ref, soap: note }).then(setDraft, () => undefined);
    },
    // ref is rebuilt by the caller on each render; its values are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ref.patientId, ref.visitId, recordSoap],
  );

  useEffect(() => {
    if (submitted || same(soap, stored.current)) {
      pending.current = null;
      return;
    }
    pending.current = () => save(soap);
    const timer = setTimeout(() => save(soap), DRAFT_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [soap, submitted, save]);

  // Leaving the form (another screen, closing the editor) saves what was typed since.
  useEffect(() => () => pending.current?.(), []);

  const discard = useCallback(() => {
    pending.current = null;
    stored.current = recordSoap;
    setDraft(null);
    void invoke('visits.discardNoteDraft', ref).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref.patientId, ref.visitId, recordSoap]);

  return { draft, discard };
}
