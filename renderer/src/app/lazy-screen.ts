// Screens whose code is fetched on first use, so the first screen does not wait for the code
// of every other one (charts, the PDF viewer and drag-and-drop are most of the app's weight).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a screen without props
export interface LazyScreen<P extends object = {}> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Fetches the screen's code ahead of use; harmless to call more than once. */
  preload(): Promise<unknown>;
}

/** `load` imports the module, `name` is its exported component (with props `P`, if any). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a screen without props
export function lazyScreen<K extends string, P extends object = {}>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyScreen<P> {
  let loading: Promise<Record<K, ComponentType<P>>> | undefined;
  const preload = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined; // a failed fetch is tried again on the next visit
      throw error;
    }));
  const Component = lazy<ComponentType<P>>(() =>
    preload().then((module) => ({ default: module[name] })),
  );
  return { Component, preload };
}

/**
 * Once the first screen is up and the browser is idle, fetch the other screens' code so the
 * first click on them does not wait. The delay keeps it out of the first screen's own loading.
 */
export function preloadWhenIdle(
  screens: readonly Pick<LazyScreen, 'preload'>[],
  delayMs = 1500,
): () => void {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    idle = window.requestIdleCallback(() => {
      for (const screen of screens) void screen.preload().catch(() => undefined);
    });
  }, delayMs);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}
