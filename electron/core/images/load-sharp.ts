// sharp (libvips and its helpers) is loaded the first time an image is processed, not while the
// app starts: loading it took about a tenth of the host's start-up, and most launches process
// no image before the first screen is up.
import type Sharp from 'sharp';

let loading: Promise<typeof Sharp> | undefined;

export function loadSharp(): Promise<typeof Sharp> {
  loading ??= import('sharp').then((module) => module.default);
  return loading;
}
