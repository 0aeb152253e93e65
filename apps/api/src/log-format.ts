import type { LoggerOptions } from "pino";

/**
 * How the API's logs read: JSON lines for machines (a file, journald, a log shipper, the tests that parse them),
 * pino-pretty's coloured lines when a person watches the terminal. Decided by whether stdout is a terminal,
 * overridden by LOG_FORMAT (`json` or `pretty`).
 */
export function logFormat(level: string, base?: Record<string, unknown>): LoggerOptions {
  const format = process.env.LOG_FORMAT ?? (process.stdout.isTTY ? "pretty" : "json");
  return {
    level,
    ...(base ? { base } : {}),
    ...(format === "pretty"
      ? { transport: { target: "pino-pretty", options: { translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,service", singleLine: true } } }
      : {}),
  };
}
