// How every stored file is encrypted, wherever it is kept (the local folder, an S3 bucket): one
// format, so a file moved from one store to another stays readable with the same key.
//
// A stored file is: "CPE1" (format), a random 12-byte IV, the ciphertext, and AES-256-GCM's
// 16-byte authentication tag. The storage key is the additional authenticated data, so a file
// copied over another key's file fails to decrypt just as an edited one does
// (docs/decisions/049-uploads-encrypted-at-rest.md).
import { createCipheriv, createDecipheriv, randomBytes, type DecipherGCM } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";

const MAGIC = Buffer.from("CPE1");
const IV_BYTES = 12;
const ALGORITHM = "aes-256-gcm";
export const TAG_BYTES = 16;
export const HEADER_BYTES = MAGIC.length + IV_BYTES;

function additionalData(key: string): Buffer {
  return Buffer.from(`clearpath-storage:${key}`);
}

/** The stored form of `content` under `key`, chunk by chunk: header, ciphertext, then the tag. */
export async function* encryptContent(
  secret: Buffer,
  key: string,
  content: AsyncIterable<Uint8Array>,
): AsyncGenerator<Buffer> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, secret, iv);
  cipher.setAAD(additionalData(key));
  yield Buffer.concat([MAGIC, iv]);
  for await (const chunk of content) {
    const encrypted = cipher.update(chunk);
    if (encrypted.length > 0) yield encrypted;
  }
  yield Buffer.concat([cipher.final(), cipher.getAuthTag()]);
}

/**
 * A decipher for the file stored under `key`, from its first HEADER_BYTES bytes (and its last
 * TAG_BYTES, when the caller can read them first). Throws for a header in an unknown format.
 */
export function createFileDecipher(
  secret: Buffer,
  key: string,
  header: Buffer,
  tag?: Buffer,
): DecipherGCM {
  if (!header.subarray(0, MAGIC.length).equals(MAGIC))
    throw new Error("The stored file is damaged: unknown format");
  const decipher = createDecipheriv(ALGORITHM, secret, header.subarray(MAGIC.length, HEADER_BYTES));
  decipher.setAAD(additionalData(key));
  if (tag) decipher.setAuthTag(tag);
  return decipher;
}

/**
 * Decrypts a stored file read front to back in one stream (as from an object store, where a
 * second read for the tag would cost a second request). The last TAG_BYTES seen are held back
 * as the tag; at the end GCM checks it, and the stream fails if any byte was changed.
 */
export function createDecryptingStream(secret: Buffer, key: string): Transform {
  let decipher: DecipherGCM | undefined;
  // Before the header is complete: the header's bytes so far. After: the last TAG_BYTES seen.
  let held: Buffer = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        let bytes = held.length > 0 ? Buffer.concat([held, chunk]) : chunk;
        if (!decipher) {
          if (bytes.length < HEADER_BYTES) {
            held = bytes;
            return callback();
          }
          decipher = createFileDecipher(secret, key, bytes.subarray(0, HEADER_BYTES));
          bytes = bytes.subarray(HEADER_BYTES);
        }
        const cut = Math.max(0, bytes.length - TAG_BYTES);
        held = Buffer.from(bytes.subarray(cut));
        const plaintext = cut > 0 ? decipher.update(bytes.subarray(0, cut)) : Buffer.alloc(0);
        callback(null, plaintext.length > 0 ? plaintext : undefined);
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        if (!decipher || held.length < TAG_BYTES)
          throw new Error("The stored file is damaged: it is too short");
        decipher.setAuthTag(held);
        const rest = decipher.final();
        callback(null, rest.length > 0 ? rest : undefined);
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
