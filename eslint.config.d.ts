// Types for what TypeScript code reads from eslint.config.js (the import-graph test).
export declare const coreDomains: readonly string[];
declare const config: unknown;
export default config;
