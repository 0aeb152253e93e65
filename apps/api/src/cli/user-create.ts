// Creates an editor, reviewer or admin account.
//   pnpm --filter @waqai/api-server user:create --email a@b.org --role editor [--name "..."]
// The password comes from WAQAI_USER_PASSWORD, else one is generated and printed once.
// It opens the database directly: on PGlite run it while the API is stopped (PGlite has one owner;
// a running API makes it exit with code 75) — or, with the API running, use the admin panel's users
// page (users.create). On PostgreSQL (DATABASE_URL) it may run beside the API.
import { parseArgs } from "node:util";
import { Role } from "@waqai/schema";
import { generatePassword, hashUserPassword, passwordProblem } from "@waqai/api";
import { findUserByEmail, insertUser } from "@waqai/db/editorial";
import { openDatabaseForCli } from "./open-database";

const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string", default: "editor" }, name: { type: "string" } } });
const role = Role.safeParse(values.role);
if (!values.email || !role.success) {
  console.error("usage: user:create --email EMAIL --role admin|editor|reviewer [--name NAME]");
  process.exit(64);
}
const database = await openDatabaseForCli("Stop the API first, or create the user from the admin panel while it runs.");
try {
  await database.migrate();
  if (await findUserByEmail(database.db, values.email)) {
    console.error(`A user with email ${values.email} already exists.`);
    process.exitCode = 65;
  } else {
    const given = process.env.WAQAI_USER_PASSWORD;
    const weak = given !== undefined ? passwordProblem(given, { email: values.email, name: values.name }) : null;
    if (weak) {
      console.error(`WAQAI_USER_PASSWORD ${weak.en}`);
      process.exit(65);
    }
    const password = given ?? generatePassword();
    const u = await insertUser(database.db, { email: values.email, name: values.name, role: role.data, passwordHash: await hashUserPassword(password) });
    console.log(`created ${u.role} ${u.email}${given ? "" : `\npassword (shown once): ${password}`}`);
  }
} finally {
  await database.close();
}
