import { describe, expect, it } from "vitest";
import { readCsvFile } from "./csv.server";

const options = { maxBytes: 1024, missing: "Choose a CSV file of session dates" };
const fileOf = (content: BlobPart, name = "sessions.csv") => new File([content], name, { type: "text/csv" });

describe("readCsvFile", () => {
  it("reads rows of cells, with quotes, a byte order mark, uneven rows and blank lines kept", async () => {
    const read = await readCsvFile(fileOf('\uFEFFdate,status,reason\n03/10/2025,held\n\n"10/10/2025","cancelled","trip, to the zoo"\n'), options);
    expect(read).toEqual({
      ok: true,
      rows: [["date", "status", "reason"], ["03/10/2025", "held"], [""], ["10/10/2025", "cancelled", "trip, to the zoo"]],
    });
  });

  it("asks for a file when none was chosen or it is empty", async () => {
    expect(await readCsvFile(null, options)).toEqual({ ok: false, error: "Choose a CSV file of session dates" });
    expect(await readCsvFile("03/10/2025", options)).toEqual({ ok: false, error: "Choose a CSV file of session dates" });
    expect(await readCsvFile(fileOf(""), options)).toEqual({ ok: false, error: "Choose a CSV file of session dates" });
  });

  it("refuses a file over the limit, saying the limit in KB", async () => {
    expect(await readCsvFile(fileOf("a,b\n".repeat(300)), options)).toEqual({ ok: false, error: "The file must be 1 KB or smaller" });
  });

  it("refuses a binary file: bytes that are not UTF-8, or a NUL byte", async () => {
    const notText = "The file must be a CSV file (text). In a spreadsheet, choose Save as, then CSV";
    expect(await readCsvFile(fileOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe])), options)).toEqual({ ok: false, error: notText });
    expect(await readCsvFile(fileOf("date\u0000,held"), options)).toEqual({ ok: false, error: notText });
  });

  it("says so when the text is not CSV it can read", async () => {
    expect(await readCsvFile(fileOf('date,status\n"03/10/2025,held\n'), options)).toEqual({
      ok: false,
      error: "We could not read the file as a spreadsheet. Save it as CSV and try again",
    });
  });
});
