// Every page of app/routes.ts and every state scanned with axe, part 2 of 2, with JavaScript on
// and, where the markup differs, without it (tests/support/accessibility.ts). The other part runs
// beside this one on the other e2e worker. The journeys do not scan.
import { scanEveryPage } from "../support/accessibility";

scanEveryPage({ part: 2, of: 2 });
