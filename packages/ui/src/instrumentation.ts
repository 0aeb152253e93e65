/**
 * Next's `register` hook for a site whose env module throws on a bad environment (it prints which variable and
 * why): the server stops when it starts, rather than failing every page later, since Next itself would log the
 * error and keep serving 500s. `loadEnv` imports the site's own env module.
 */
export function stopOnBadEnvironment(loadEnv: () => Promise<unknown>): () => Promise<void> {
  return async function register() {
    if (process.env.NEXT_RUNTIME !== "nodejs") return;
    try {
      await loadEnv();
    } catch {
      process.exit(78); // EX_CONFIG
    }
  };
}
