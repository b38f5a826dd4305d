// Lint: TypeScript's recommended rules, React hooks, the rule that keeps app/domain pure, and the
// direction each folder of app/ may import in (docs/decisions/025-folder-boundaries.md).
import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// Private formatters for people's dates, times and numbers: use app/domain/presentation instead.
const FORMATTER_MESSAGE = "Write dates, times and numbers for people with ~/domain/presentation (decision 023).";
const PRIVATE_FORMATTERS = [
  { selector: "MemberExpression[object.name='Intl'][property.name=/^(DateTimeFormat|NumberFormat|RelativeTimeFormat|ListFormat|PluralRules)$/]", message: FORMATTER_MESSAGE },
  { selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]", message: FORMATTER_MESSAGE },
];

// The domain never reads the clock.
const DOMAIN_TODAY = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "app/domain takes 'today' as an argument." },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "app/domain takes 'today' as an argument." },
];

const APP = path.join(path.dirname(fileURLToPath(import.meta.url)), "app");

/**
 * What each folder of app/ may import from the app besides itself. Importing a package is not
 * checked here. `context` is app/context.ts; the files at app/'s top (root, entry, routes.ts) and
 * the routes may import anything but one another's internals.
 */
const ALLOWED = {
  domain: [],
  forms: ["domain"],
  components: ["domain", "forms"],
  // auth, data and services form one server layer that imports itself both ways today (the gate
  // reads the database; data takes the gate's CaseAccess; both use config, log and the clock).
  auth: ["domain", "data", "services", "context"],
  data: ["domain", "auth", "services", "context"],
  services: ["domain", "data", "auth", "forms", "context"],
  routes: ["domain", "forms", "components", "auth", "data", "services", "context"],
  context: [],
  // app/errors.ts (fail and the failure table, decision 021) and app/route-meta.ts (each page's
  // handle, decision 022) are shared by every server layer.
  errors: [],
  "route-meta": [],
  "route-meta.server": ["route-meta"],
};
const SHARED = ["errors", "route-meta", "route-meta.server"];

/** The app folder ("domain", "data"…) a path lies in, "context" for app/context.ts, or null outside app/. */
function folderOf(file) {
  const relative = path.relative(APP, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  const [first, ...rest] = relative.split(path.sep);
  const name = first.replace(/\.[jt]sx?$/, "");
  if (rest.length > 0 || name in ALLOWED) return name; // a folder, "~/domain" itself, or app/context.ts
  return "top";
}

const boundaries = {
  meta: { type: "problem", schema: [] },
  create(context) {
    const file = context.filename;
    const own = folderOf(file);
    if (!own || own === "top") return {};
    const check = (node, source) => {
      if (typeof source !== "string") return;
      let target;
      if (source.startsWith("~/")) target = path.join(APP, source.slice(2));
      else if (source.startsWith(".")) target = path.resolve(path.dirname(file), source);
      else return;
      const folder = folderOf(target);
      if (!folder || folder === own || ALLOWED[own]?.includes(folder)) return;
      if (SHARED.includes(folder) && own !== "domain" && own !== "forms") return;
      const allowed = ALLOWED[own]?.length ? ALLOWED[own].join(", ") : "nothing of the app outside itself";
      context.report({ node, message: `app/${own} must not import app/${folder === "top" ? path.basename(target) : folder} ("${source}"). It may import: ${allowed}. See docs/decisions/025-folder-boundaries.md.` });
    };
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value),
    };
  },
};

export default tseslint.config(
  { ignores: ["build/", "build-*/", "data/", ".react-router/", "node_modules/", "coverage/", "app/data/migrations/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["**/*.js"],
    languageOptions: { globals: globals.node },
  },
  {
    // The direction each folder imports in (ALLOWED above); tests may reach across to set things up.
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    plugins: { clearpath: { rules: { boundaries } } },
    rules: { "clearpath/boundaries": "error" },
  },
  {
    // The clock can be fixed only by tests and by the test-only hooks, which only the test entry
    // mounts (docs/decisions/018-test-only-server-hooks.md). Kept before the domain's rule, which
    // replaces this one inside app/domain (the domain cannot import services at all).
    files: ["app/**/*.{ts,tsx}", "server/**/*.{ts,js}", "server.js", "scripts/**/*.{ts,js}", "cli/**/*.ts"],
    ignores: ["server/test-hooks.server.ts", "**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "~/services/clock.server", importNames: ["fixClockForTests"], message: "Only tests fix the clock (tests/support/clock.ts)." }] }],
    },
  },
  {
    // How a date, time or number is written for people has one home: app/domain/presentation
    // (docs/decisions/023-one-presentation-module.md). Reading a zone's wall-clock time is there
    // too (wallClockIn), so the clock needs no formatter of its own. Kept before the domain's
    // rule, which repeats this one.
    files: ["app/**/*.{ts,tsx}", "server/**/*.{ts,js}", "server.js", "scripts/**/*.{ts,js}", "cli/**/*.ts"],
    ignores: ["app/domain/presentation/**"],
    rules: { "no-restricted-syntax": ["error", ...PRIVATE_FORMATTERS] },
  },
  {
    // The domain is Clearpath's judgement: pure functions of their arguments. No I/O, no clock
    // from the environment, no database types. See docs/decisions/003-domain-core.md.
    files: ["app/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "os", "child_process", "net", "http", "https", "crypto"], message: "app/domain is pure: no I/O." },
            // The app's own folders are checked by clearpath/boundaries, whatever the path's depth.
            { group: ["**/*.server", "drizzle-orm", "drizzle-orm/*", "pg", "@electric-sql/*", "react-router", "react", "react-dom", "zod/*"], message: "app/domain must not depend on the database, the server or the framework." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "process", message: "app/domain takes configuration as arguments." }, { name: "fetch", message: "app/domain does no I/O." }],
      "no-restricted-syntax": ["error", ...DOMAIN_TODAY, ...PRIVATE_FORMATTERS],
    },
  },
  {
    // The presentation module is the one place that may hold formatters.
    files: ["app/domain/presentation/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", ...DOMAIN_TODAY] },
  },
);
