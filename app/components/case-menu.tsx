// The case's own menu: its pages in a few sections (docs/decisions/097-case-menu-sections.md),
// each a disclosure that works without JavaScript. The section of the page on screen starts open;
// on a phone the whole menu folds into one "Case menu" line, and a wide screen shows it unfolded
// (app/styles/menu.css).
import { NavLink } from "react-router";
import type { CaseMenuSection, MenuSection } from "~/route-meta";

type Props = {
  /** The case's address, `/cases/<id>`; entries' paths are inside it. */
  base: string;
  sections: CaseMenuSection[];
  /** The section of the page on screen; none is open on a page that declares none. */
  current: MenuSection | undefined;
  /** Changes with every page, so each page starts with the menu folded and only its own section open. */
  pageKey: string;
};

export function CaseMenu({ base, sections, current, pageKey }: Props) {
  return (
    <nav aria-label="Case" className="case-menu">
      <details className="case-menu__fold" key={pageKey}>
        <summary>Case menu</summary>
        <div className="case-menu__sections">
          {sections.map(({ section, label, entries }) => (
            // `name` makes the sections an accordion where the browser knows it: opening one closes the others.
            <details key={section} name="case-menu-section" className="case-menu__section" open={section === current}>
              <summary>{label}</summary>
              <ul>
                {entries.map((entry) => (
                  <li key={entry.path}>
                    <NavLink to={entry.path ? `${base}/${entry.path}` : base} end={entry.path === ""}>
                      {entry.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      </details>
    </nav>
  );
}
