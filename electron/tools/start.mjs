// `npm start` entry: lets Node run the TypeScript start script (electron/tools/start-host.ts).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./start-host.ts');
main();
