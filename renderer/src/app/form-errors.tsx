// Showing a form's problems where the clinician is looking: after a failed save the first
// field in trouble is scrolled into view and focused, and a list beside the Save button names
// every problem at once (each one a button that goes to its field).
import { Alert, Anchor, List } from '@mantine/core';
import { useEffect, useRef, type RefObject } from 'react';

/** The value at a path ("soap", "subjective") of plain form data. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** The form's first invalid input, or its problem list when no input is marked. */
function focusFirstProblem(form: HTMLElement) {
  const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target = field ?? form.querySelector<HTMLElement>('[data-form-problems]');
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

/**
 * Moves focus to the first problem each time `trigger` changes (a counter raised on every
 * failed save, or the core's answer) once the messages are on screen.
 */
export function useFocusFirstProblem(form: RefObject<HTMLElement | null>, trigger: unknown) {
  const last = useRef(trigger);
  useEffect(() => {
    if (Object.is(trigger, last.current)) return;
    last.current = trigger;
    const el = form.current;
    if (!el) return;
    // After paint, so the fields carry their messages.
    const frame = requestAnimationFrame(() => focusFirstProblem(el));
    return () => cancelAnimationFrame(frame);
  });
}

/** Every problem of the form in one list, next to the Save button. */
export function FormProblems({
  title,
  messages,
  onGoTo,
}: {
  title: string;
  messages: readonly { key: string; message: string }[];
  /** Focuses the field of a message; the list stays when a message has no field. */
  onGoTo?: (key: string) => void;
}) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={title} tabIndex={-1} data-form-problems>
      <List size="sm" spacing={2}>
        {messages.map(({ key, message }) => (
          <List.Item key={key}>
            {onGoTo ? (
              <Anchor component="button" type="button" size="sm" onClick={() => onGoTo(key)}>
                {message}
              </Anchor>
            ) : (
              message
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
