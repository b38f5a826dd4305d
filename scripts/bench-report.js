// The benchmark's figures: each printed on its own line the moment it is known, and all of them
// in one table at the end, with a column per build and, when two builds are compared, the ratio
// of after to before.

/**
 * @typedef {object} Row
 * @property {string} label
 * @property {string} unit  "ms", "MB", "KB", "×", "req/s" or "" for a count or a word
 * @property {Map<string, number | string>} values  by build label
 */

/** @param {number | string | undefined} value @param {string} unit */
function formatValue(value, unit) {
  if (value === undefined) return "–";
  if (typeof value === "string") return value;
  if (Number.isNaN(value)) return "none";
  const digits = unit === "×" || (unit === "ms" && Math.abs(value) < 10) ? 2 : unit === "ms" && Math.abs(value) < 100 ? 1 : 0;
  const number = value.toFixed(digits);
  return unit === "" ? number : unit === "×" ? `${number}×` : `${number} ${unit}`;
}

export class Report {
  /** @param {string[]} builds  labels, in column order ("before", "after") */
  constructor(builds) {
    this.builds = builds;
    /** @type {Map<string, Row>} */
    this.rows = new Map();
    this.startedAt = performance.now();
  }

  /** Starts a new part of the table (also printed at once). @param {string} title */
  startSection(title) {
    const seconds = Math.round((performance.now() - this.startedAt) / 1000);
    const elapsed = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
    console.log(`\n== ${title}  (${elapsed} into the run)`);
    this.rows.set(`section:${title}`, { label: title, unit: "section", values: new Map() });
  }

  /**
   * Records a figure and prints it at once.
   *
   * @param {{ key: string, label: string, unit: string, build: string, value: number | string, note?: string }} figure
   */
  add({ key, label, unit, build, value, note }) {
    const row = this.rows.get(key) ?? { label, unit, values: new Map() };
    row.values.set(build, value);
    this.rows.set(key, row);
    const who = this.builds.length > 1 ? `[${build}] ` : "";
    console.log(`  ${who}${label}: ${formatValue(value, unit)}${note ? `  (${note})` : ""}`);
  }

  /** Prints every figure in one table. */
  printTable() {
    const isCompared = this.builds.length === 2;
    const headers = ["", ...this.builds, ...(isCompared ? ["after / before"] : [])];
    /** @type {string[][]} */
    const lines = [];
    for (const row of this.rows.values()) {
      if (row.unit === "section") {
        lines.push([`${row.label}`]);
        continue;
      }
      const cells = this.builds.map((build) => formatValue(row.values.get(build), row.unit));
      if (isCompared) {
        const [before, after] = this.builds.map((build) => row.values.get(build));
        const isRatio = typeof before === "number" && typeof after === "number" && before > 0 && Number.isFinite(after);
        cells.push(isRatio ? formatValue(/** @type {number} */ (after) / /** @type {number} */ (before), "×") : "");
      }
      lines.push([`  ${row.label}`, ...cells]);
    }
    const widths = headers.map((header, column) =>
      Math.max(header.length, ...lines.filter((line) => line.length > 1).map((line) => (line[column] ?? "").length)),
    );
    const format = (/** @type {string[]} */ cells) =>
      cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join("   ");
    const seconds = Math.round((performance.now() - this.startedAt) / 1000);
    console.log(`\nEvery figure (the run took ${Math.floor(seconds / 60)} min ${seconds % 60} s):`);
    console.log(format(headers));
    for (const line of lines) console.log(line.length === 1 ? line[0] : format(line));
  }
}
