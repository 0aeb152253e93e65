import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import ts from "typescript";

/**
 * Builds the publishable client into dist/: index.js (ESM, bundled but for @trpc/client), index.d.ts (the
 * client's own declarations) and router.d.ts (the router's types, below), so that an outsider who installs
 * the tarball gets every procedure's input and output types without any workspace package.
 *
 * router.d.ts holds the router's types for the published client as one self-contained declaration: every procedure's
 * kind, input and output (as tRPC infers them for a client) and the error shape, spelled out in full.
 * The real `AppRouter` (packages/api) carries its context type, which reaches the database layer, drizzle and
 * better-auth; an outsider needs none of that, only what goes over the wire. The result imports nothing but
 * `@trpc/server`'s public router and procedure types.
 */
const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function declarations(): { index: string; router: string } {
  // A file that exists only in this program (nothing is written in the package): it names what is printed.
  const probe = path.join(clientDir, "src/__router-probe__.ts");
  const probeText = [
    `import type { AppRouter } from "@waqai/api";`,
    `import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";`,
    `export type Procedures = AppRouter["_def"]["record"];`,
    `export type Inputs = inferRouterInputs<AppRouter>;`,
    `export type Outputs = inferRouterOutputs<AppRouter>;`,
    `export type ErrorShape = AppRouter["_def"]["_config"]["$types"]["errorShape"];`,
  ].join("\n");
  {
    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(clientDir, "tsconfig.json"),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    )!;
    const entry = path.join(clientDir, "src/index.ts");
    const options = { ...config.options, noEmit: false, declaration: true, emitDeclarationOnly: true, rootDir: clientDir };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (f) => f === probe || fileExists(f);
    host.getSourceFile = (f, v, ...rest) => (f === probe ? ts.createSourceFile(f, probeText, v) : getSourceFile(f, v, ...rest));
    const program = ts.createProgram([entry, probe], options, host);
    let index = "";
    const emitted = program.emit(program.getSourceFile(entry), (file, text) => file.endsWith("index.d.ts") && (index = text), undefined, true);
    if (emitted.emitSkipped || !index) throw new Error("build: no declarations for src/index.ts");
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(probe)!;
    const alias = (name: string) => {
      const stmt = source.statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === name)!;
      return checker.getTypeAtLocation(stmt.name);
    };
    const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias | ts.TypeFormatFlags.UseStructuralFallback;
    const print = (t: ts.Type) => checker.typeToString(t, source, flags);
    const prop = (t: ts.Type, name: string) => {
      const s = t.getProperty(name);
      return s ? checker.getTypeOfSymbolAtLocation(s, source) : undefined;
    };

    const walk = (procedures: ts.Type, inputs: ts.Type, outputs: ts.Type, indent: string): string => {
      const lines: string[] = [];
      for (const p of procedures.getProperties()) {
        const name = p.getName();
        const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
        const t = checker.getTypeOfSymbolAtLocation(p, source);
        const def = prop(t, "_def");
        const kindType = def && prop(def, "type");
        const input = prop(inputs, name)!;
        const output = prop(outputs, name)!;
        if (kindType?.isStringLiteral()) {
          const kind = { query: "TRPCQueryProcedure", mutation: "TRPCMutationProcedure", subscription: "TRPCSubscriptionProcedure" }[kindType.value]!;
          lines.push(`${indent}${key}: ${kind}<{ input: ${print(input)}; output: ${print(output)}; meta: object }>;`);
        } else {
          lines.push(`${indent}${key}: {`, walk(t, input, output, `${indent}  `), `${indent}};`);
        }
      }
      return lines.join("\n");
    };

    // typeToString names a type by its alias where it has one: `import("<file>").Name`. A type of the workspace
    // (packages/schema…) is spelled out in place; one of @trpc/server's bundled chunks is named through the
    // package's own entry that exports it (its chunks export under minified names).
    const inline = (text: string): string => {
      let out = text;
      for (let round = 0; round < 10; round++) {
        const next = out.replace(/import\("(\/[^"]+)"\)\.([A-Za-z_$][\w$]*)/g, (_m, file: string, name: string) => {
          const module = program.getSourceFile(`${file}.d.mts`) ?? program.getSourceFile(`${file}.d.ts`) ?? program.getSourceFile(`${file}.ts`);
          const moduleSymbol = module && checker.getSymbolAtLocation(module);
          const exported = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((e) => e.getName() === name);
          if (!exported) throw new Error(`router-types: cannot resolve import("${file}").${name}`);
          const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
          if (file.includes("/node_modules/")) {
            if (!/\/@trpc\/server\/dist\/unstable-core-do-not-import/.test(file)) throw new Error(`router-types: a type from ${file}`);
            return `import("@trpc/server/unstable-core-do-not-import").${target.getName()}`;
          }
          const decl = target.declarations?.find(ts.isTypeAliasDeclaration);
          if (!decl || decl.typeParameters) throw new Error(`router-types: cannot spell out ${name} (${file})`);
          return `(${print(checker.getTypeAtLocation(decl.name))})`;
        });
        if (next === out) return out;
        out = next;
      }
      throw new Error("router-types: types nest too deep");
    };

    // The client's declarations name the router by package: point them at the file written beside them.
    index = index.replace(/from "@waqai\/api"/g, 'from "./router.js"');
    if (/@waqai\//.test(index)) throw new Error(`build: index.d.ts still names a workspace package:\n${index}`);
    const router = inline(
      [
        "// Generated by packages/client/scripts/router-types.ts from packages/api's router: do not edit.",
        'import type { TRPCBuiltRouter, TRPCMutationProcedure, TRPCQueryProcedure, TRPCSubscriptionProcedure } from "@trpc/server";',
        "",
        "/** The error shape every procedure answers with: `err.data.code`, `err.data.fieldErrors`… */",
        `export type ErrorShape = ${print(alias("ErrorShape"))};`,
        "",
        "/** The procedures of the Waqai API, with what they take and answer (the server's context left out). */",
        "export type AppRouter = TRPCBuiltRouter<",
        "  { ctx: object; meta: object; errorShape: ErrorShape; transformer: false },",
        "  {",
        walk(alias("Procedures"), alias("Inputs"), alias("Outputs"), "    "),
        "  }",
        ">;",
        "",
      ].join("\n"),
    );
    return { index, router };
  }
}

const dist = path.join(clientDir, "dist");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const { index, router } = declarations();
writeFileSync(path.join(dist, "index.d.ts"), index);
writeFileSync(path.join(dist, "router.d.ts"), router);
// The code: the client and the one constant it takes from @waqai/schema, bundled; @trpc/client is a dependency.
const pkg = JSON.parse(readFileSync(path.join(clientDir, "package.json"), "utf8")) as { dependencies: Record<string, string> };
await build({
  entryPoints: [path.join(clientDir, "src/index.ts")],
  outfile: path.join(dist, "index.js"),
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  external: Object.keys(pkg.dependencies),
  legalComments: "none",
  logLevel: "warning",
});
console.log(`built ${path.relative(process.cwd(), dist)}: index.js, index.d.ts, router.d.ts`);
