// The app's one file store, chosen from the configuration on first use.
import path from "node:path";
import { config } from "~/services/config.server";
import { loadStorageSecret } from "./key.server";
import { LocalFolderStorage } from "./local-folder.server";
import { MemoryStorage } from "./memory.server";
import type { Storage } from "./storage.server";

let storage: Storage | undefined;

/**
 * The app's file store: the folder DATA_DIR/storage, encrypted with STORAGE_KEY or the key file;
 * kept in memory when the database is (DATA_DIR=memory://, in tests).
 */
export function getStorage(): Storage {
  if (!storage) {
    if (config.DATA_DIR.startsWith("memory://")) {
      storage = new MemoryStorage();
    } else {
      const dataDir = path.resolve(config.DATA_DIR);
      storage = new LocalFolderStorage(
        path.join(dataDir, "storage"),
        loadStorageSecret({ dataDir, configuredKey: config.STORAGE_KEY }),
      );
    }
  }
  return storage;
}
