import type { ApiProcess } from "./process";

/** The admin panel's origin as the spawned API trusts it (pass `WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN`). */
export const ADMIN_ORIGIN = "http://admin.test";

export interface Session {
  cookie: string;
  /** A tRPC mutation as the admin panel sends it: session cookie and the admin's Origin. */
  mutate<T>(proc: string, input: unknown): Promise<T>;
  query<T>(proc: string, input?: unknown): Promise<T>;
}

async function dataOf<T>(res: Response, proc: string): Promise<T> {
  if (res.status !== 200) throw new Error(`${proc} answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

/**
 * Signs in over better-auth like the admin panel does, and calls tRPC with that session. Pass a function
 * for `target` when the test restarts the API: the session (kept in the database) follows it to the new port.
 */
export async function signIn(target: ApiProcess | (() => ApiProcess), email: string, password: string, headers: Record<string, string> = {}): Promise<Session> {
  const base = () => (typeof target === "function" ? target() : target).url;
  const res = await fetch(`${base()}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ADMIN_ORIGIN, ...headers },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${email} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return {
    cookie,
    mutate: async <T>(proc: string, input: unknown) =>
      dataOf<T>(
        await fetch(`${base()}/trpc/${proc}`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie, origin: ADMIN_ORIGIN, ...headers },
          body: JSON.stringify(input),
        }),
        proc,
      ),
    query: async <T>(proc: string, input?: unknown) =>
      dataOf<T>(
        await fetch(`${base()}/trpc/${proc}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`, {
          headers: { cookie, ...headers },
        }),
        proc,
      ),
  };
}

/** The first-start admin's password, printed once by the API on its first boot. */
export function firstStartPassword(api: ApiProcess): string {
  const password = /password: (\S+)/.exec(api.output())?.[1];
  if (!password) throw new Error(`the API printed no first-start password:\n${api.output()}`);
  return password;
}
