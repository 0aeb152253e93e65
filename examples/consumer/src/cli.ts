import { format, main } from "./main";

const url = process.env.WAQAI_API_URL ?? "http://127.0.0.1:4000";
main({ url, token: process.env.WAQAI_API_TOKEN, writeToken: process.env.WAQAI_WRITE_TOKEN, q: process.env.WAQAI_SEARCH })
  .then((s) => console.log(format(s)))
  .catch((err: unknown) => {
    console.error(`waqai consumer against ${url} failed:`, err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
