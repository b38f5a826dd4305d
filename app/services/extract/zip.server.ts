// Just enough of the zip format to check a Word file before handing it to mammoth, and to read a
// case archive: the sizes its files say they expand to (a "zip bomb" says too much, or hides it),
// and entries read out no larger than they said (a size that lies stops the inflating there).
import { inflateRawSync } from "node:zlib";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** ZIP64 marks a size too large for 32 bits; no Word file under our upload limit needs it. */
const ZIP64_MARK = 0xffffffff;

export type ZipEntry = {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
};

/** The zip's table of contents, or null when it is not a zip we can read. */
export function listZipEntries(bytes: Buffer): ZipEntry[] | null {
  const earliest = Math.max(0, bytes.length - 65_557);
  let end = -1;
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const name = bytes.toString("utf8", offset + 46, offset + 46 + nameLength);
    entries.push({
      name,
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      size: bytes.readUInt32LE(offset + 24),
      localOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return entries;
}

/** The total the zip's files say they expand to; Infinity when any size is hidden (ZIP64). */
export function expandedSize(entries: ZipEntry[]): number {
  let total = 0;
  for (const entry of entries) {
    if (entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK)
      return Number.POSITIVE_INFINITY;
    total += entry.size;
  }
  return total;
}

/**
 * One entry's content, expanded no further than the size the directory gives it and checked to be
 * exactly that size; null when it is damaged, hidden (ZIP64) or says less than it holds.
 */
export function inflateEntry(bytes: Buffer, entry: ZipEntry): Buffer | null {
  if (entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) return null;
  if (entry.localOffset + 30 > bytes.length) return null;
  if (bytes.readUInt32LE(entry.localOffset) !== LOCAL_HEADER) return null;
  const start =
    entry.localOffset +
    30 +
    bytes.readUInt16LE(entry.localOffset + 26) +
    bytes.readUInt16LE(entry.localOffset + 28);
  if (start + entry.compressedSize > bytes.length) return null;
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    const content =
      entry.method === 0
        ? data
        : entry.method === 8
          ? // Stops with an error as soon as the output passes the declared size.
            inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) })
          : null;
    return content && content.length === entry.size ? content : null;
  } catch {
    return null;
  }
}

/** Whether every entry expands to exactly the size the directory says (each checked and let go in turn). */
export function expandsAsDeclared(bytes: Buffer, entries: ZipEntry[]): boolean {
  return entries.every((entry) => inflateEntry(bytes, entry) !== null);
}

/** One entry's content, or null when it is missing, too large or unreadable. */
export function readZipEntry(
  bytes: Buffer,
  entries: ZipEntry[],
  name: string,
  maxBytes: number,
): Buffer | null {
  const entry = entries.find((e) => e.name === name);
  if (!entry || entry.size > maxBytes) return null;
  return inflateEntry(bytes, entry);
}
