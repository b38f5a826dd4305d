// Every page of app/routes.ts scanned with axe once, with JavaScript on, as a person who may open
// it, on the demo family's records (tests/support/accessibility.ts). The journeys do not scan.
import { scanEveryPage } from "../support/accessibility";

scanEveryPage({ javaScript: true });
