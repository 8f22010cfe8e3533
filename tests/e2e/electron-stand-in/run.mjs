// Runs out/main/index.js against the stand-in and prints one JSON line describing what the
// bundle did: `node tests/e2e/electron-stand-in/run.mjs <out/main/index.js> <data dir>`.
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('./hooks.mjs', import.meta.url);
const [mainFile, dataDir] = process.argv.slice(2);
process.env.PHYSIOPLAN_DATA_DIR = dataDir;
const { recorded, app } = await import('./electron.mjs');
await import(pathToFileURL(mainFile).href);
for (let i = 0; i < 100 && recorded.windows.length === 0 && recorded.exits.length === 0; i += 1) {
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const fromApp = { senderFrame: { url: 'app://physioplan/index.html', parent: null }, sender: {} };
const invoke = recorded.handlers['physioplan:invoke'];
const serve = recorded.handlers['protocol:app'];
const page = serve ? await serve(new Request('app://physioplan/index.html')) : null;
const outside = serve ? await serve(new Request('app://physioplan/../main/index.js')) : null;
const report = {
  errorBoxes: recorded.errorBoxes,
  exits: recorded.exits,
  sandboxEnabled: recorded.sandbox === true,
  schemes: recorded.schemes.map((scheme) => scheme.scheme),
  userData: app.getPath('userData'),
  window: recorded.windows[0]
    ? { url: recorded.windows[0].url, webPreferences: recorded.windows[0].options.webPreferences }
    : null,
  page: page
    ? {
        status: page.status,
        csp: page.headers.get('content-security-policy'),
        body: await page.text(),
      }
    : null,
  outsideStatus: outside?.status ?? null,
  // Nobody has set the clinic up: the sign-in methods answer, everything else is LOCKED.
  accessStatus: invoke ? await invoke(fromApp, 'access.status', {}) : null,
  appInfo: invoke ? await invoke(fromApp, 'app.info', {}) : null,
  fromElsewhere: invoke
    ? await invoke(
        { senderFrame: { url: 'https://example.org/', parent: null } },
        'settings.get',
        {},
      )
    : null,
};
app.emit('will-quit');
console.log(`STAND_IN_REPORT=${JSON.stringify(report)}`);
