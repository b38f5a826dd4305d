// Lint: TypeScript's recommended rules, React hooks, and the rule that keeps app/domain pure.
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
    // (docs/decisions/023-one-presentation-module.md). The clock works out calendar dates with
    // Intl, which is arithmetic, not wording. Kept before the domain's rule, which repeats this one.
    files: ["app/**/*.{ts,tsx}", "server/**/*.{ts,js}", "server.js", "scripts/**/*.{ts,js}", "cli/**/*.ts"],
    ignores: ["app/domain/presentation/**", "app/services/clock.server.ts"],
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
            { group: ["~/data/*", "~/services/*", "~/auth/*", "../data/*", "../services/*", "../auth/*", "**/*.server", "drizzle-orm", "drizzle-orm/*", "pg", "@electric-sql/*", "react-router"], message: "app/domain must not depend on data, services, auth or the framework." },
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
