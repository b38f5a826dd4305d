// Every page of app/routes.ts scanned with axe once, with JavaScript off (the page as the server
// sends it), as a person who may open it, on the demo family's records
// (tests/support/accessibility.ts). Runs beside accessibility.test.ts on the other e2e worker.
import { scanEveryPage } from "../support/accessibility";

scanEveryPage({ javaScript: false });
