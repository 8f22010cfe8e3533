// Screens whose code is fetched on first use, so the first screen does not wait for the code
// of every other one (charts, the PDF viewer and drag-and-drop are most of the app's weight).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface LazyScreen {
  Component: LazyExoticComponent<ComponentType>;
  /** Fetches the screen's code ahead of use; harmless to call more than once. */
  preload(): Promise<unknown>;
}

/** `load` imports the module, `name` is its exported component. */
export function lazyScreen<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyScreen {
  let loading: Promise<Record<K, ComponentType>> | undefined;
  const preload = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined; // a failed fetch is tried again on the next visit
      throw error;
    }));
  const Component = lazy<ComponentType>(() =>
    preload().then((module) => ({ default: module[name] })),
  );
  return { Component, preload };
}

/**
 * Once the first screen is up and the browser is idle, fetch the other screens' code so the
 * first click on them does not wait. The delay keeps it out of the first screen's own loading.
 */
export function preloadWhenIdle(screens: readonly LazyScreen[], delayMs = 1500): () => void {
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
