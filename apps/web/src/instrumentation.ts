/**
 * Runs once when the server starts: a bad environment (env.ts prints which variable and why) stops it then,
 * rather than failing every page later. Next itself would log the error and keep serving 500s.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    await import("./env");
  } catch {
    process.exit(78); // EX_CONFIG
  }
}
