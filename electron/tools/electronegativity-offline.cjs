// Preloaded into the electronegativity scan (node --require): the tool fetches translations
// and Electron's release list with `got`; the scan must work offline and send nothing, so
// every such request fails at once and the tool falls back to what it ships with.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload for a CommonJS tool
const Module = require('node:module');

const load = Module._load;
Module._load = function loadWithoutNetwork(request, parent, isMain) {
  if (request === 'got')
    return () => Promise.reject(new Error('Network access is disabled for the scan.'));
  return load.call(this, request, parent, isMain);
};
