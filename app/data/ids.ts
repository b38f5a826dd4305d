// Record ids are UUIDs. A value that is not one cannot name a record, so it is refused before any
// query (PostgreSQL would otherwise fail on the cast instead of finding nothing).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string | null | undefined): value is string {
  return typeof value === "string" && UUID.test(value);
}
