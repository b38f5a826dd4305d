// Any address that matches no page.
import { fail } from "~/errors";

export function loader() {
  fail("not_found");
}

export default function NotFound() {
  return null;
}
