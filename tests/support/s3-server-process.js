// The local S3-compatible test server's own process (tests/support/s3-server.ts starts it): s3rver
// on a free loopback port, its buckets in the folder it is given. It runs apart from the tests
// because s3rver makes its list continuation tokens with DES, which Node 20 allows only with
// --openssl-legacy-provider; that flag is kept to this process.
import { rmSync } from "node:fs";
import S3rver from "s3rver";

const { directory, buckets } = JSON.parse(process.env.S3_TEST_SERVER ?? "{}");

// No orphans: when the test process goes away, even by SIGKILL, the IPC channel closes.
process.on("disconnect", () => process.exit(0));
process.on("SIGTERM", () => process.exit(0));
process.on("exit", () => rmSync(directory, { recursive: true, force: true }));

const server = new S3rver({
  address: "127.0.0.1",
  port: 0,
  silent: true,
  directory,
  configureBuckets: buckets.map((name) => ({ name, configs: [] })),
});
const { port } = await server.run();
process.send?.({ port });
