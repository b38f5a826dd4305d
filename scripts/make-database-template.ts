// Run by `npm run build`: makes the empty, migrated database a new embedded database starts from,
// so a first start skips PostgreSQL's initdb (docs/decisions/115-start-up-speed.md). Made once
// for each version of PGlite and list of migrations.
import { existsSync } from "node:fs";
import { makePgliteTemplate, pgliteTemplatePath } from "~/data/db.server";

if (existsSync(pgliteTemplatePath())) process.stdout.write(`Kept ${pgliteTemplatePath()}\n`);
else process.stdout.write(`Made ${await makePgliteTemplate()}\n`);
