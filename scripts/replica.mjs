// A PostgreSQL primary and a streaming replica of it, each in a folder of its own, for the read-replica tests
// (apps/api/test/read-replica.test.ts) and `pnpm start:cluster` with WAQAI_READ_REPLICA=1: initdb (or the machine's
// server as the primary), pg_basebackup -R of it into a folder, and the replica started on another port. The
// server binaries run as the `postgres` user (PostgreSQL refuses root).
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const BIN = "/usr/lib/postgresql/15/bin";

function asPostgres(cmd, args) {
  const runAs = process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", path.join(BIN, cmd), ...args]] : [path.join(BIN, cmd), args];
  const out = spawnSync(runAs[0], runAs[1], { encoding: "utf8" });
  if (out.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${out.stdout}${out.stderr}`);
  return out.stdout;
}

/** Whether this machine can make a primary and a replica (PostgreSQL 15's binaries, and root or the postgres user). */
export function replicaToolsPresent() {
  return existsSync(path.join(BIN, "pg_basebackup")) && (process.getuid?.() === 0 || process.env.USER === "postgres");
}

/** Run as root: hand a file or folder to the postgres user, whose servers write and read it. */
function giveToPostgres(file) {
  if (process.getuid?.() !== 0) return;
  const id = (flag) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  chownSync(file, id("-u"), id("-g"));
}

function workFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), "waqai-pg-"));
  chmodSync(dir, 0o755);
  giveToPostgres(dir); // the servers write their folders, logs and sockets here
  return dir;
}

/**
 * A server packaged the Debian way keeps its configuration in /etc/postgresql, not in its data folder, so a base
 * backup of it has none: the replica gets its own (its settings come from the command line; it accepts this
 * machine only, as the primary's package does).
 */
function completeConfiguration(data) {
  const files = {
    "postgresql.conf": "# Made by scripts/replica.mjs: the settings are on the server's command line.\n",
    "pg_hba.conf": "local all all trust\nhost all all 127.0.0.1/32 trust\n",
    "pg_ident.conf": "",
  };
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(data, name);
    if (existsSync(file)) continue;
    writeFileSync(file, text, { mode: 0o600 });
    giveToPostgres(file);
  }
}

const serverOptions = (port, dir) => `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;

/**
 * Starts a streaming replica of the server at `primary` ({ host, port }) on `port`, in `dir` (a new folder, removed
 * by stop(), when not given); returns its URL and stop().
 */
export function startReplicaOf(primary, port, given) {
  const dir = given ?? workFolder();
  const data = path.join(dir, "replica");
  asPostgres("pg_basebackup", ["-h", primary.host, "-p", String(primary.port), "-U", "postgres", "-D", data, "-R", "-X", "stream", "-c", "fast"]);
  completeConfiguration(data);
  asPostgres("pg_ctl", ["-D", data, "-o", serverOptions(port, dir), "-l", path.join(dir, "replica.log"), "-w", "start"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        asPostgres("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {}
      if (!given) rmSync(dir, { recursive: true, force: true });
    },
    dir,
  };
}

/** A throwaway primary (initdb) on `primaryPort` and a streaming replica of it on `replicaPort`. */
export function startReplicaPair(primaryPort, replicaPort) {
  const dir = workFolder();
  const data = path.join(dir, "primary");
  asPostgres("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  asPostgres("pg_ctl", ["-D", data, "-o", serverOptions(primaryPort, dir), "-l", path.join(dir, "primary.log"), "-w", "start"]);
  let replica;
  try {
    replica = startReplicaOf({ host: "127.0.0.1", port: primaryPort }, replicaPort, dir);
  } catch (err) {
    asPostgres("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    throw err;
  }
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
    replicaUrl: replica.url,
    stop() {
      replica.stop();
      try {
        asPostgres("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {}
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
