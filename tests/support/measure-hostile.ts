// Measures each hostile file of issue 16 against a fresh production server of its own: the
// answer, the time to answer, the server's peak memory and the slowest /healthz answer meanwhile.
// Run after a build: npx tsx tests/support/measure-hostile.ts [name…]   (BUILD_DIR picks the build)
import { archiveBomb, docxBomb, hugeJsonArchive, manyPagesPdf, MEDIA_TYPES, nestedEmail, pageBombPdf } from "./hostile-files";
import { fileForm, probe } from "./hostile-probe";
import { createCaseOverHttp, signedUpClient } from "./http";
import { startTestServer } from "./test-server";

const CASES: Array<{ name: string; route: "upload" | "import"; make: () => Buffer | string; type: string; file: string }> = [
  { name: "page-bomb PDF", route: "upload", make: () => pageBombPdf(), type: MEDIA_TYPES.pdf, file: "bomb.pdf" },
  { name: "5,000-page PDF", route: "upload", make: () => manyPagesPdf(), type: MEDIA_TYPES.pdf, file: "long.pdf" },
  { name: "docx zip bomb", route: "upload", make: () => docxBomb(), type: MEDIA_TYPES.docx, file: "bomb.docx" },
  { name: "docx zip bomb, lying sizes", route: "upload", make: () => docxBomb({ lie: true }), type: MEDIA_TYPES.docx, file: "liar.docx" },
  { name: "nested email", route: "upload", make: () => nestedEmail(), type: MEDIA_TYPES.email, file: "nested.eml" },
  { name: "archive zip bomb", route: "import", make: () => archiveBomb(), type: MEDIA_TYPES.zip, file: "bomb.zip" },
  { name: "archive zip bomb, lying sizes", route: "import", make: () => archiveBomb({ lie: true }), type: MEDIA_TYPES.zip, file: "liar.zip" },
  { name: "250,000 diary entries", route: "import", make: () => hugeJsonArchive(), type: MEDIA_TYPES.zip, file: "huge.zip" },
];

const only = process.argv.slice(2);
const timeoutMs = Number(process.env.PROBE_TIMEOUT_MS ?? 120_000);
for (const item of CASES.filter((c) => only.length === 0 || only.some((o) => c.name.includes(o)))) {
  const bytes = item.make();
  const server = await startTestServer({ env: { UPLOAD_MAX_BYTES: String(40 * 1024 * 1024) } });
  try {
    const { client } = await signedUpClient(server.baseUrl);
    const caseId = await createCaseOverHttp(client, "Sam Morgan");
    const result =
      item.route === "upload"
        ? await probe(client, server.pid, `/cases/${caseId}/documents`, fileForm("files", item.file, bytes, item.type, { source: "school" }), timeoutMs)
        : await probe(client, server.pid, "/cases/import", fileForm("archive", item.file, bytes, item.type), timeoutMs);
    const said = /<p>\s*<a href="#field-[^"]*">([^<]*)<\/a>/.exec(result.body)?.[1] ?? /class="hint">([^<]*(?:kept|read)[^<]*)</.exec(result.body)?.[1] ?? "";
    console.log(
      JSON.stringify({
        file: item.name,
        sizeKb: Math.round(Buffer.byteLength(bytes) / 1024),
        status: result.status,
        seconds: result.ms / 1000,
        peakMb: result.after?.peakMb ?? "process gone",
        startMb: result.before.peakMb,
        slowestHealthMs: result.slowestHealthMs,
        said: said.slice(0, 160),
      }),
    );
  } finally {
    await server.stop().catch(() => {});
  }
}
