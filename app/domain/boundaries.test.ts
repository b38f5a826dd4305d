// The folder boundaries lint (docs/decisions/025-folder-boundaries.md), checked on real import
// lines from files at several depths: the rule resolves each path, so depth cannot hide a crossing.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function crossings(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === "clearpath/boundaries").map((m) => m.message);
}

describe("folder boundaries", () => {
  it("refuses the app outside app/domain from a nested domain file, by any path", async () => {
    const found = await crossings(
      "app/domain/letters/templates/probe.ts",
      [
        'import { needs } from "../../../data/schema";',
        'import { TextField } from "~/components/form";',
        'import { readForm } from "~/forms/parse";',
        'export { log } from "../../../services/log.server";',
        'import { userContext } from "~/context";',
        "export const x = [needs, TextField, readForm, userContext];",
      ].join("\n"),
    );
    expect(found).toHaveLength(5);
    expect(found[0]).toContain('app/domain must not import app/data ("../../../data/schema")');
    expect(found[1]).toContain("app/domain must not import app/components");
    expect(found[2]).toContain("app/domain must not import app/forms");
  });

  it("lets the domain import itself at any depth, and packages", async () => {
    const found = await crossings(
      "app/domain/letters/templates/probe.ts",
      'import { z } from "zod";\nimport { AREAS_OF_NEED } from "../../areas-of-need";\nimport { MEETING_KINDS } from "~/domain/codes/meetings";\nexport const x = [z, AREAS_OF_NEED, MEETING_KINDS];',
    );
    expect(found).toEqual([]);
  });

  it("keeps services from components, data from forms, forms from data and components from data", async () => {
    expect(await crossings("app/services/probe.server.ts", 'import { TextField } from "~/components/form";\nexport const x = TextField;')).toHaveLength(1);
    expect(await crossings("app/data/probe.server.ts", 'import type { FieldErrors } from "../forms/parse";\nexport type X = FieldErrors;')).toHaveLength(1);
    expect(await crossings("app/forms/probe.ts", 'import { db } from "~/data/db.server";\nexport const x = db;')).toHaveLength(1);
    expect(await crossings("app/components/probe.tsx", 'import { db } from "~/data/db.server";\nexport const x = db;')).toHaveLength(1);
  });

  it("lets each folder import in its allowed direction", async () => {
    expect(await crossings("app/routes/probe.tsx", 'import { db } from "~/data/db.server";\nimport { TextField } from "~/components/form";\nimport { readForm } from "~/forms/parse";\nexport const x = [db, TextField, readForm];')).toEqual([]);
    expect(await crossings("app/components/probe.tsx", 'import { readForm } from "~/forms/parse";\nimport { AREA_INFO } from "~/domain/areas-of-need";\nexport const x = [readForm, AREA_INFO];')).toEqual([]);
    expect(await crossings("app/data/probe.server.ts", 'import { AREAS_OF_NEED } from "../domain/areas-of-need";\nexport const x = AREAS_OF_NEED;')).toEqual([]);
  });
});
