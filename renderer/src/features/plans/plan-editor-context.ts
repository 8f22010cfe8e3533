// The open plan's editor, for the components deep inside it (item cards, dose forms).
import { createContext, useContext } from 'react';
import type { PlanEditor } from './use-plan-editor';

export const PlanEditorContext = createContext<PlanEditor | null>(null);

export function usePlanEditorContext(): PlanEditor {
  const editor = useContext(PlanEditorContext);
  if (!editor) throw new Error('usePlanEditorContext is used outside a plan editor');
  return editor;
}
