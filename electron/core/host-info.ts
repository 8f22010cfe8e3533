// Which host runs the core, for the About box and logs.
export interface HostInfo {
  kind: 'electron' | 'browser' | 'test' | 'cli';
  appVersion: string;
}
