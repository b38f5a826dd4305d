// What a worker can be asked to do. Each task takes one value and returns one (both copied
// between threads, so plain data and byte arrays only). Runs only inside the worker.
import { readCaseArchive } from "~/data/read-case-archive.server";
import { renderEvidencePack } from "~/services/evidence-pack/render-pack.server";
import { readDocument } from "~/services/extract/read-document.server";
import { countBundlePages, renderTribunalBundle } from "~/services/tribunal-bundle/render-bundle.server";

export const TASKS = {
  readDocument,
  renderEvidencePack,
  readCaseArchive,
  renderTribunalBundle,
  countBundlePages,
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<T extends TaskName> = Parameters<(typeof TASKS)[T]>[0];
export type TaskOutput<T extends TaskName> = Awaited<ReturnType<(typeof TASKS)[T]>>;
