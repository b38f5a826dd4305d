// Files in a bucket of an S3-compatible object store (Amazon S3, or another store that speaks its
// API), so several servers with no shared disk can serve the same files. Each file is encrypted
// by the app before it leaves (encryption.server.ts: the same format and key as the local
// folder), so the store only ever holds ciphertext. See
// docs/decisions/117-files-in-an-s3-compatible-store.md.
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  paginateListObjectsV2,
  S3Client,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { pipeline, Readable } from "node:stream";
import type { Config } from "~/services/config.server";
import { log } from "~/services/log.server";
import { createDecryptingStream, encryptContent } from "./encryption.server";
import { checkStorageKey, type Storage, type StoredObject } from "./storage.server";

/** S3's smallest part: a file up to this size is sent in one request. */
const PART_BYTES = 5 * 1024 * 1024;
/** S3's largest page of a listing. */
const PAGE_SIZE = 1000;

export type S3StorageOptions = {
  client: S3Client;
  bucket: string;
  /** A folder in the bucket for this site's files: "" or a path ending in "/". */
  prefix?: string;
  /** The 32-byte AES-256 key (key.server.ts). */
  secret: Buffer;
  /** How many objects or uploads to ask for at a time (tests ask for few, to see the paging). */
  pageSize?: number;
};

type S3Settings = Pick<
  Config,
  "S3_ENDPOINT" | "S3_REGION" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_FORCE_PATH_STYLE"
>;

/** A client for the configured store (S3_* settings, checked in config.server.ts). */
export function createS3Client(settings: S3Settings): S3Client {
  // On Node 20 the SDK prints a multi-line notice that its releases after January 2027 need
  // Node 22 (the installed one keeps working; decision 117). Logs stay one JSON line each, so
  // it is off unless an operator sets the variable themselves.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  return new S3Client({
    region: settings.S3_REGION,
    ...(settings.S3_ENDPOINT ? { endpoint: settings.S3_ENDPOINT } : {}),
    forcePathStyle: settings.S3_FORCE_PATH_STYLE === "true",
    ...(settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY
      ? {
          credentials: {
            accessKeyId: settings.S3_ACCESS_KEY_ID,
            secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
          },
        }
      : {}),
    // A store that stops answering fails the request instead of holding it (and its upload)
    // open for ever: ten seconds to connect, a minute of silence on an open connection.
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 },
  });
}

function isStorageKey(key: string): boolean {
  try {
    checkStorageKey(key);
    return true;
  } catch {
    return false;
  }
}

function errorName(error: unknown): string | undefined {
  return (error as { name?: string } | null)?.name;
}

export class S3Storage implements Storage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly secret: Buffer;
  private readonly pageSize: number;
  private hasWarnedOfNoUploadListing = false;

  constructor({ client, bucket, prefix = "", secret, pageSize = PAGE_SIZE }: S3StorageOptions) {
    if (secret.length !== 32) throw new Error("The storage key must be 32 bytes");
    if (prefix !== "" && !prefix.endsWith("/")) throw new Error("An S3 prefix must end in /");
    this.client = client;
    this.bucket = bucket;
    this.prefix = prefix;
    this.secret = secret;
    this.pageSize = pageSize;
  }

  /** The object's name in the bucket. */
  objectKey(key: string): string {
    checkStorageKey(key);
    return `${this.prefix}${key}`;
  }

  /**
   * A file up to 5 MB is sent in one PutObject; a larger one as a multipart upload, part by part
   * (at most one part in memory). Either way S3 shows nothing under the key until the whole
   * object is stored: a multipart upload only once it is completed.
   */
  async put(key: string, content: AsyncIterable<Uint8Array>): Promise<void> {
    const objectKey = this.objectKey(key);
    // The content's own failure (too large, the client gone) is the one the caller must see, not
    // the upload's failure that follows from it.
    let contentFailure: { error: unknown } | undefined;
    async function* watched() {
      try {
        yield* content;
      } catch (error) {
        contentFailure = { error };
        throw error;
      }
    }
    const body = Readable.from(encryptContent(this.secret, key, watched()), { objectMode: false });
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.bucket,
        Key: objectKey,
        Body: body,
        ContentType: "application/octet-stream",
      },
      partSize: PART_BYTES,
      queueSize: 1,
      // A failed multipart upload is aborted, so its parts are not kept (and charged for).
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      body.destroy();
      throw contentFailure ? contentFailure.error : error;
    }
  }

  async get(key: string): Promise<Readable | null> {
    let response;
    try {
      response = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
      );
    } catch (error) {
      if (errorName(error) === "NoSuchKey") return null;
      throw error;
    }
    // pipeline passes a read error on to the decrypted stream, and the tag check at its end
    // fails the stream when any byte was changed.
    return pipeline(response.Body as Readable, createDecryptingStream(this.secret, key), () => {});
  }

  async remove(key: string): Promise<void> {
    // S3 answers a delete of a missing object with success too.
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
    );
  }

  /** Pages through the objects under the prefix; objects that are not ours are skipped. */
  async *list(): AsyncIterable<StoredObject> {
    const pages = paginateListObjectsV2(
      { client: this.client, pageSize: this.pageSize },
      { Bucket: this.bucket, ...(this.prefix ? { Prefix: this.prefix } : {}) },
    );
    for await (const page of pages) {
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(this.prefix.length) ?? "";
        if (isStorageKey(key) && object.LastModified)
          yield { key, modifiedAt: object.LastModified };
      }
    }
  }

  /**
   * Aborts our multipart uploads started before `before` and never completed (a server that
   * stopped mid-upload), so their parts are not kept. Some stores cannot list them: then a
   * lifecycle rule on the bucket (AbortIncompleteMultipartUpload) does this job.
   */
  async removeUnfinished(before: Date): Promise<number> {
    let removed = 0;
    let marker: { KeyMarker?: string; UploadIdMarker?: string } = {};
    try {
      for (;;) {
        const page = await this.client.send(
          new ListMultipartUploadsCommand({
            Bucket: this.bucket,
            MaxUploads: this.pageSize,
            ...(this.prefix ? { Prefix: this.prefix } : {}),
            ...marker,
          }),
        );
        for (const upload of page.Uploads ?? []) {
          const key = upload.Key?.slice(this.prefix.length) ?? "";
          if (!isStorageKey(key) || !upload.UploadId || !upload.Initiated) continue;
          if (upload.Initiated >= before) continue;
          await this.client.send(
            new AbortMultipartUploadCommand({
              Bucket: this.bucket,
              Key: upload.Key,
              UploadId: upload.UploadId,
            }),
          );
          removed += 1;
        }
        if (!page.IsTruncated) return removed;
        marker = { KeyMarker: page.NextKeyMarker, UploadIdMarker: page.NextUploadIdMarker };
      }
    } catch (error) {
      if (errorName(error) !== "NotImplemented") throw error;
      if (!this.hasWarnedOfNoUploadListing) {
        this.hasWarnedOfNoUploadListing = true;
        log(
          "warn",
          "the S3 store cannot list unfinished uploads: give the bucket a lifecycle rule that aborts them",
          { bucket: this.bucket },
        );
      }
      return removed;
    }
  }
}
