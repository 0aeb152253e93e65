// Types of scripts/replica.mjs (a plain ES module run by node), for the tests that import it.
export declare function replicaToolsPresent(): boolean;
export interface ReplicaPair {
  primaryUrl: string;
  replicaUrl: string;
  stop(): void;
}
export declare function startReplicaPair(primaryPort: number, replicaPort: number): ReplicaPair;
export declare function startReplicaOf(primary: { host: string; port: number }, port: number, dir?: string): { url: string; stop(): void; dir: string };
