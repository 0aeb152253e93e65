/**
 * Where the database layer reports what it cannot throw (a lost idle connection, a failed write listener, a
 * compromised folder lock). The API hands it its own pino logger at boot (`setDbLogger(log)`), so these land
 * in the same structured log as everything else; scripts and tests keep the console.
 */
export interface DbLogger {
  warn(msg: string): void;
  error(msg: string): void;
}

let logger: DbLogger = { warn: (m) => console.warn(m), error: (m) => console.error(m) };

export function setDbLogger(next: DbLogger) {
  logger = next;
}

export const dbLog: DbLogger = { warn: (m) => logger.warn(m), error: (m) => logger.error(m) };
