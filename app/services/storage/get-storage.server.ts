// The app's one file store, chosen from the configuration on first use.
import path from "node:path";
import { config } from "~/services/config.server";
import { loadStorageSecret } from "./key.server";
import { LocalFolderStorage } from "./local-folder.server";
import { MemoryStorage } from "./memory.server";
import { createS3Client, S3Storage } from "./s3-storage.server";
import type { Storage } from "./storage.server";

let storage: Storage | undefined;

/**
 * The app's file store: the bucket S3_BUCKET when it is set (shared by every server, encrypted
 * with STORAGE_KEY); else the folder DATA_DIR/storage, encrypted with STORAGE_KEY or the key
 * file; kept in memory when the database is (DATA_DIR=memory://, in tests).
 */
export function getStorage(): Storage {
  if (!storage) {
    const dataDir = path.resolve(config.DATA_DIR);
    if (config.S3_BUCKET) {
      storage = new S3Storage({
        client: createS3Client(config),
        bucket: config.S3_BUCKET,
        prefix: config.S3_PREFIX,
        // config.server.ts refuses S3_BUCKET without STORAGE_KEY, so no key file is made here.
        secret: loadStorageSecret({ dataDir, configuredKey: config.STORAGE_KEY }),
      });
    } else if (config.DATA_DIR.startsWith("memory://")) {
      storage = new MemoryStorage();
    } else {
      storage = new LocalFolderStorage(
        path.join(dataDir, "storage"),
        loadStorageSecret({ dataDir, configuredKey: config.STORAGE_KEY }),
      );
    }
  }
  return storage;
}
