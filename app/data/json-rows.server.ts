// Reads several tables' rows in one round trip, each table's rows as one JSON value built by the
// database. PGlite decodes every field of every row in JavaScript, so a large case's thousands of
// rows cost far more as rows than as one JSON text per table (docs/decisions/120-checked-case-fast.md).
import { eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import { PgArray, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import { db } from "./db.server";

/** The columns to read, by the name each gets in the result. */
export type JsonColumns = Record<string, PgColumn>;

/** A row read by `prepareJsonRows`: the same values a Drizzle select of these columns gives. */
export type JsonRow<C extends JsonColumns> = {
  [K in keyof C]: C[K]["_"]["notNull"] extends true ? C[K]["_"]["data"] : C[K]["_"]["data"] | null;
};

/** One table's part of the read: which columns, from which rows, in which order. */
export type JsonRowsPart<C extends JsonColumns> = { columns: C; from: PgTable; where: SQL; orderBy: (PgColumn | SQL)[] };

/**
 * The named columns of a table, for a part.
 *
 * @example columnsOf(cycles, ["id", "title"]) // { id: cycles.id, title: cycles.title }
 */
export function columnsOf<T extends PgTable, K extends keyof T["_"]["columns"] & string>(table: T, keys: readonly K[]): Pick<T["_"]["columns"], K> {
  const all = getTableColumns(table);
  return Object.fromEntries(keys.map((key) => [key, all[key]])) as Pick<T["_"]["columns"], K>;
}

/** Describes one table's part, so its column types are kept for the result. */
export function jsonRowsPart<C extends JsonColumns>(part: JsonRowsPart<C>): JsonRowsPart<C> {
  return part;
}

// Column by column: json_agg of one plain column costs the database far less than a JSON array or
// object built for every row. Every column's json_agg reads the same rows of the same ordered
// subquery in one pass, so the columns' values line up row by row.
function selectAsJson(part: JsonRowsPart<JsonColumns>): SQL {
  const columns = Object.values(part.columns);
  const named = sql.join(
    columns.map((column, i) => sql`${column} as ${sql.identifier(`c${i}`)}`),
    sql`, `,
  );
  const aggregated = sql.join(
    columns.map((_, i) => sql`json_agg(${sql.identifier("q")}.${sql.identifier(`c${i}`)})`),
    sql`, `,
  );
  const order = part.orderBy.length > 0 ? sql` order by ${sql.join(part.orderBy, sql`, `)}` : sql``;
  return sql`(select json_build_array(${aggregated}) from (select ${named} from ${part.from} where ${part.where}${order}) ${sql.identifier("q")})`;
}

// Column types whose JSON value is already what their Drizzle decoder gives (a string, a number, a
// boolean), so decoding them is skipped; every other type goes through its decoder.
const SAME_IN_JSON = new Set(["PgUUID", "PgText", "PgDateString", "PgInteger", "PgBoolean", "PgNumericNumber"]);

function decoderOf(column: PgColumn): ((value: unknown) => unknown) | null {
  if (SAME_IN_JSON.has(column.columnType)) return null;
  if (column instanceof PgArray && SAME_IN_JSON.has((column.baseColumn as PgColumn).columnType)) return null;
  return (value) => column.mapFromDriverValue(value);
}

type PartsRows<P extends Record<string, JsonRowsPart<JsonColumns>>> = { [K in keyof P]: JsonRow<P[K]["columns"]>[] };

/**
 * Prepares one query that reads every part for one parent row (a case), each part's `where`
 * naming the parent's id column, and gives back a reader. The query is built and prepared once per
 * database connection; each read then costs the database's work, one JSON.parse and the decoding.
 * The rows equal what `db.select(columns).from(table)` would return, each value mapped through its
 * column's own Drizzle decoder.
 *
 * @example
 * const readRows = prepareJsonRows({ name: "case_cycles", parentId: cases.id, parts: { cycles: jsonRowsPart({ columns: { id: cycles.id }, from: cycles, where: eq(cycles.caseId, cases.id), orderBy: [cycles.startDate] }) } });
 * const { cycles: rows } = await readRows(caseId);
 */
export function prepareJsonRows<P extends Record<string, JsonRowsPart<JsonColumns>>>(query: {
  name: string;
  parentId: PgColumn;
  parts: P;
}): (parentId: string) => Promise<PartsRows<P>> {
  const names = Object.keys(query.parts);
  const decoding = names.map((name) => {
    const entries = Object.entries(query.parts[name]!.columns);
    return { name, keys: entries.map(([key]) => key), decoders: entries.map(([, column]) => decoderOf(column)) };
  });
  const selected = sql<string>`json_build_array(${sql.join(names.map((name) => selectAsJson(query.parts[name]!)), sql`, `)})::text`;
  // Per connection: a test, or a restart of the connection, opens a new one.
  const prepared = new WeakMap<object, { execute: (values: { id: string }) => Promise<{ parts: string }[]> }>();
  return async (parentId) => {
    // Inside inOneTransaction, `db` is that transaction, which has no client of its own: its
    // statement is built for the one read.
    const client = (db as unknown as { $client?: object }).$client;
    let statement = client ? prepared.get(client) : undefined;
    if (!statement) {
      statement = db
        .select({ parts: selected })
        .from(query.parentId.table)
        .where(eq(query.parentId, sql.placeholder("id")))
        .prepare(query.name);
      if (client) prepared.set(client, statement);
    }
    const [row] = await statement.execute({ id: parentId });
    // Each part is one list of values per column, or null for every column when it has no rows.
    const tables = row ? (JSON.parse(row.parts) as (unknown[] | null)[][]) : [];
    const read: Record<string, Record<string, unknown>[]> = {};
    decoding.forEach(({ name, keys, decoders }, index) => {
      const values = tables[index] ?? [];
      const count = values[0]?.length ?? 0;
      const rows: Record<string, unknown>[] = new Array(count);
      for (let r = 0; r < count; r++) {
        const out: Record<string, unknown> = {};
        for (let c = 0; c < keys.length; c++) {
          const value = values[c]![r] ?? null;
          const decode = decoders[c];
          out[keys[c]!] = value !== null && decode ? decode(value) : value;
        }
        rows[r] = out;
      }
      read[name] = rows;
    });
    return read as PartsRows<P>;
  };
}
