// Types of scripts/varnish.mjs (a plain ES module, run by node without a build), for the tests that import it.
export declare const VARNISHD: string;
export declare function varnishInstalled(): boolean;
export declare function backendsVcl(readerPorts: number[], apiPorts?: number[]): string;
export interface RunningVarnish {
  url: string;
  /** The API replicas through the cache's `api` address, when started with one. */
  apiUrl?: string;
  output(): string;
  stop(): Promise<void>;
}
export declare function startVarnish(opts: {
  port: number;
  readerPorts: number[];
  apiPort?: number;
  apiPorts?: number[];
  memoryMb?: number;
  log?: (line: string) => void;
}): Promise<RunningVarnish>;
