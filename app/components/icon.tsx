// The icons Clearpath uses, from lucide-react, each imported on its own so only these reach the
// browser and the server loads only these (docs/decisions/099-icons-from-lucide.md).
// An icon is decoration beside words that say the same: hidden from screen readers, sized and
// coloured by the text around it (the `.icon` rule in app/styles/app.css).
import BookOpen from "lucide-react/icons/book-open";
import Briefcase from "lucide-react/icons/briefcase";
import Building2 from "lucide-react/icons/building-2";
import CalendarDays from "lucide-react/icons/calendar-days";
import CircleCheck from "lucide-react/icons/circle-check";
import CircleUser from "lucide-react/icons/circle-user";
import FolderOpen from "lucide-react/icons/folder-open";
import LogIn from "lucide-react/icons/log-in";
import LogOut from "lucide-react/icons/log-out";
import Mail from "lucide-react/icons/mail";
import Route from "lucide-react/icons/route";
import UserPlus from "lucide-react/icons/user-plus";

/** Named for what they stand for on the page, so a picture can change without touching the pages. */
const ICONS = {
  account: CircleUser,
  adviser: Briefcase,
  bookings: CalendarDays,
  brand: Route,
  cases: FolderOpen,
  done: CircleCheck,
  guide: BookOpen,
  organisation: Building2,
  outbox: Mail,
  signIn: LogIn,
  signOut: LogOut,
  signUp: UserPlus,
} as const;

export type IconName = keyof typeof ICONS;

/** An inline SVG icon beside a label, e.g. `<Icon name="cases" /> My cases`. */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  const Glyph = ICONS[name];
  return (
    <Glyph
      aria-hidden="true"
      focusable="false"
      className={className ? `icon ${className}` : "icon"}
    />
  );
}
