// The Clearpath command-line interface: the domain core's checks over standard input and output,
// so they can be used and tested without the web app. See `clearpath --help`.

import {
  caseDocumentSchema,
  checkCase,
  checkTarget,
  checkWording,
  classifyNeed,
  computeDeadlines,
  extractRecommendations,
  isCalendarDate,
  type Deadline,
  type Finding,
  type StatutoryEventInput,
} from "../app/domain/index";
import { todayIn } from "../app/services/clock.server";

const USAGE = `Usage: clearpath <command> [--today YYYY-MM-DD]

Commands (input on standard input, output on standard output):
  check-wording            JSON Lines {"id", "text"} of provision → one verdict per line
  check-target             JSON Lines {"id", "text"} of targets or outcomes → one verdict per line
  deadlines                one JSON object {"events": [...], "today"?} → {"deadlines": [...]}
  health-check             a case document (JSON) → {"findings": [...], "progress_inadequate": {...}}
  extract-recommendations  the plain text of a report → one JSON line per recommendation
  classify-need            JSON Lines {"id", "text"} of observations → suggested areas of need

Exit code 0 on success, 2 on bad input (each problem on its own line of standard error).
Information, not legal advice.`;

/** A failure the person can fix by changing their input. */
class InputError extends Error {}

type Output = { stdout: string[]; stderr: string[]; exitCode: number };

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const output: Output = { stdout: [], stderr: [], exitCode: 0 };
  try {
    const today = readTodayFlag(rest);
    const handler = command ? COMMANDS[command] : undefined;
    if (!handler) throw new InputError(command ? `unknown command "${command}"; try clearpath --help` : "no command given; try clearpath --help");
    handler(await readStdin(), output, today);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    output.stderr.push(`clearpath: ${error.message}`);
    output.exitCode = 2;
  }
  if (output.stdout.length > 0) process.stdout.write(`${output.stdout.join("\n")}\n`);
  if (output.stderr.length > 0) process.stderr.write(`${output.stderr.join("\n")}\n`);
  process.exitCode = output.exitCode;
}

const COMMANDS: Record<string, (input: string, output: Output, today: string | null) => void> = {
  "check-wording": (input, output) =>
    eachJsonLine(input, output, ({ id, text }) => {
      const check = checkWording(text);
      return { id, verdict: check.verdict, missing: check.missing, vague_terms: check.vagueTerms, suggestion: check.suggestion };
    }),
  "check-target": (input, output) =>
    eachJsonLine(input, output, ({ id, text }) => {
      const check = checkTarget(text);
      return { id, verdict: check.verdict, missing: check.missing };
    }),
  "classify-need": (input, output) => eachJsonLine(input, output, ({ id, text }) => ({ id, areas: classifyNeed(text) })),
  "extract-recommendations": (input, output) => {
    for (const recommendation of extractRecommendations(input)) {
      output.stdout.push(
        JSON.stringify({ text: recommendation.text, area_of_need: recommendation.areaOfNeed, provision: recommendation.provision }),
      );
    }
  },
  deadlines: (input, output, todayFlag) => {
    const value = parseJson(input, "the input");
    if (!isObject(value) || !Array.isArray(value.events)) throw new InputError('the input must be a JSON object with an "events" array');
    if (value.today !== undefined && !isCalendarDate(value.today)) throw new InputError('"today" must be a date written YYYY-MM-DD');
    const today = (value.today as string | undefined) ?? todayFlag ?? todayInLondon();
    const { deadlines, problems } = computeDeadlines({ events: value.events as StatutoryEventInput[], today });
    for (const problem of problems) {
      output.stderr.push(`clearpath: event ${problem.eventIndex + 1}: ${problem.message}`);
      output.exitCode = 2;
    }
    output.stdout.push(JSON.stringify({ deadlines: deadlines.map(toDeadlineOutput) }));
  },
  "health-check": (input, output, todayFlag) => {
    const parsed = caseDocumentSchema.safeParse(parseJson(input, "the case document"));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
      throw new InputError(`the case document is not valid${where}: ${issue?.message ?? "unknown problem"}`);
    }
    const result = checkCase(parsed.data, todayFlag ?? todayInLondon());
    output.stdout.push(
      JSON.stringify({
        findings: result.findings.map(toFindingOutput),
        progress_inadequate: {
          answer: result.progress.answer,
          explanation: result.progress.explanation,
          rules: result.progress.rules,
          dimensions: result.progress.dimensions.map((dimension) => ({
            dimension: dimension.dimension,
            label: dimension.label,
            evidence: dimension.evidence,
            summary: dimension.summary,
          })),
        },
      }),
    );
  },
};

function eachJsonLine(
  input: string,
  output: Output,
  handle: (item: { id: string | number | null; text: string }) => unknown,
): void {
  input.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      const value = parseJson(line, "this line");
      if (!isObject(value) || typeof value.text !== "string") throw new InputError('each line needs a "text" string');
      const id = value.id === undefined ? null : value.id;
      if (id !== null && typeof id !== "string" && typeof id !== "number") throw new InputError('"id" must be a string or a number');
      output.stdout.push(JSON.stringify(handle({ id, text: value.text })));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      output.stderr.push(`clearpath: line ${index + 1}: ${error.message}`);
      output.exitCode = 2;
    }
  });
}

function toDeadlineOutput(deadline: Deadline) {
  return {
    key: deadline.key,
    due: deadline.due,
    from_event: deadline.fromEvent,
    from_date: deadline.fromDate,
    rules: deadline.rules,
    explanation: deadline.explanation,
    if_missed: deadline.ifMissed,
    status: deadline.status,
    met_on: deadline.metOn,
    notes: deadline.notes,
  };
}

function toFindingOutput(finding: Finding) {
  return {
    code: finding.code,
    severity: finding.severity,
    title: finding.title,
    explanation: finding.explanation,
    records: finding.records,
    rules: finding.rules,
    next_step: finding.nextStep,
  };
}

function readTodayFlag(args: readonly string[]): string | null {
  const index = args.indexOf("--today");
  const inline = args.find((arg) => arg.startsWith("--today="));
  const value = inline ? inline.slice("--today=".length) : index >= 0 ? args[index + 1] : undefined;
  if (index < 0 && !inline) return null;
  if (!isCalendarDate(value)) throw new InputError("--today needs a date written YYYY-MM-DD");
  return value;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(`${what} is not valid JSON`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The date today in England, whatever the machine's own time zone. */
function todayInLondon(): string {
  return todayIn("Europe/London");
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

await main();
