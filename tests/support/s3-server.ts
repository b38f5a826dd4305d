// A local S3-compatible server for tests (s3rver, from npm), started by the tests themselves: no
// Docker, no network. It listens on a free loopback port, keeps its buckets in a temporary folder
// and removes it when it stops; it stops itself if the test process dies. It accepts only its own
// fixed credentials. What it does not do: docs/decisions/117-files-in-an-s3-compatible-store.md.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stopProcess } from "./test-server";

/** s3rver checks request signatures against this one fixed pair. */
export const S3_TEST_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

const STARTUP_LIMIT_MS = 60_000;

export type TestS3Server = {
  /** e.g. http://127.0.0.1:43121 */
  endpoint: string;
  /** The app's settings that keep its files in `bucket` on this server (S3_BUCKET …). */
  settingsFor: (bucket: string, prefix?: string) => Record<string, string>;
  stop: () => Promise<void>;
};

/** Starts the server with the given buckets, empty. */
export async function startS3Server({ buckets }: { buckets: string[] }): Promise<TestS3Server> {
  const directory = mkdtempSync(path.join(tmpdir(), "clearpath-s3-"));
  const child = spawn(
    process.execPath,
    ["--openssl-legacy-provider", path.resolve(import.meta.dirname, "s3-server-process.js")],
    {
      env: { ...process.env, S3_TEST_SERVER: JSON.stringify({ directory, buckets }) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error("The S3 test server did not start in time")),
        STARTUP_LIMIT_MS,
      );
      child.once("message", (message: { port: number }) => {
        clearTimeout(timer);
        resolve(message.port);
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`The S3 test server exited with code ${code}`));
      });
    });
  } catch (error) {
    await stopProcess(child);
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  // The IPC channel is only the server's lifeline to this process; it must not keep it alive.
  child.unref();
  child.channel?.unref();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    settingsFor: (bucket, prefix) => ({
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: "true",
      ...(prefix ? { S3_PREFIX: prefix } : {}),
    }),
    stop: async () => {
      await stopProcess(child);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
