// Vitest's order of test files: the long ones first (scripts/long-tests.js), then the rest in
// Vitest's own order. Files of every project but calm share three workers (decision 108); started
// last, one long file would run on alone at the end of the run (decision 129).
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { LONG_TESTS } from "../../scripts/long-tests.js";

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const inVitestsOrder = await super.sort(files);
    const place = (spec: TestSpecification) => {
      const at = LONG_TESTS.indexOf(path.relative(this.ctx.config.root, spec.moduleId));
      return at < 0 ? LONG_TESTS.length : at;
    };
    const group = (spec: TestSpecification) => spec.project.config.sequence.groupOrder;
    return inVitestsOrder
      .map((spec, order) => ({ spec, order }))
      .sort((a, b) => group(a.spec) - group(b.spec) || place(a.spec) - place(b.spec) || a.order - b.order)
      .map(({ spec }) => spec);
  }
}
