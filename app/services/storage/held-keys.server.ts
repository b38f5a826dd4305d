// Storage keys of uploads in progress in this process: the file is written (or being written) but
// its row is not recorded yet (the file comes first, decision 050). The sweep never removes them,
// however long the upload takes (docs/decisions/116-full-disk-and-sweeping-while-running.md).
// Uploads in other processes are protected by the sweep's grace period instead.

const held = new Map<string, number>();

/** Marks a key as an upload in progress, before its file is written. */
export function holdStorageKey(key: string): void {
  held.set(key, (held.get(key) ?? 0) + 1);
}

/** Ends the hold on each key: once its row is recorded, or its file removed. */
export function releaseStorageKeys(keys: Iterable<string>): void {
  for (const key of keys) {
    const count = held.get(key) ?? 0;
    if (count <= 1) held.delete(key);
    else held.set(key, count - 1);
  }
}

/** The keys held now (a copy: the sweep takes it before it reads the rows). */
export function listHeldStorageKeys(): ReadonlySet<string> {
  return new Set(held.keys());
}
