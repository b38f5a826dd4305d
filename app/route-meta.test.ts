// The route metadata: every case page declares its handle, and the menu, page names, kept pages
// and two-step exemptions all come from there. The manifest is built here from app/routes.ts and
// the route modules, as React Router's build makes it.
import { beforeAll, describe, expect, it } from "vitest";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import routeConfig from "./routes";
import {
  canCommentOn,
  CASE_LAYOUT_ID,
  caseMenu,
  describeCasePage,
  findPageMeta,
  groupCaseMenu,
  listCasePages,
  MENU_SECTIONS,
  pageMetaOf,
  type RouteManifest,
} from "./route-meta";

const CASE = "/cases/2f1c7a52-4f7e-4c55-9a3e-0d6f2a9c1b11";
const RECORD = "6b0e7b1e-5a7d-4b1a-8d2c-3e4f5a6b7c8d";

async function manifestOf(entries: RouteConfigEntry[], parentId?: string): Promise<RouteManifest> {
  const manifest: RouteManifest = {};
  for (const entry of entries) {
    const id = entry.id ?? entry.file.replace(/\.tsx?$/, "");
    const module = (await import(/* @vite-ignore */ new URL(`./${entry.file}`, import.meta.url).pathname)) as { handle?: unknown };
    manifest[id] = { id, parentId, path: entry.path, index: entry.index, module };
    Object.assign(manifest, await manifestOf(entry.children ?? [], id));
  }
  return manifest;
}

let routes: RouteManifest;
beforeAll(async () => {
  routes = await manifestOf(routeConfig as RouteConfigEntry[]);
}, 120_000);

describe("every case page", () => {
  it("declares its handle with a name, so the activity log and comments never say “A page”", () => {
    const pages = listCasePages(routes);
    expect(pages.length).toBeGreaterThan(50);
    const missing = pages.filter((p) => !p.meta?.name).map((p) => p.routeId);
    expect(missing, "these case routes have no `export const handle: RouteHandle = { page: { name } }`").toEqual([]);
  });

  it("says which section of the case menu it belongs to, so that section is open on it", () => {
    const sections: string[] = MENU_SECTIONS.map(({ section }) => section);
    const missing = listCasePages(routes).filter((p) => !p.meta?.section || !sections.includes(p.meta.section)).map((p) => p.routeId);
    expect(missing, "these case routes have no `section` in their handle's page").toEqual([]);
    expect(findPageMeta(routes, `${CASE}/support/${RECORD}/delivery`)?.meta.section).toBe("school");
    expect(findPageMeta(routes, `${CASE}/evidence-packs/${RECORD}`)?.meta.section).toBe("evidence");
  });

  it("is under the case layout, which routes.ts nests them in", () => {
    expect(routes[CASE_LAYOUT_ID]?.path).toBe("cases/:caseId");
  });
});

describe("the case menu", () => {
  it("lists the case pages in their order, section by section, with who sees them", () => {
    expect(caseMenu(routes).map(({ path, label, group, section }) => `${section} ${group}: ${label} (${path})`)).toEqual([
      "overview case: Overview ()",
      "overview case: Profile (profile)",
      "overview case: Needs (needs)",
      "overview case: Diagnoses (diagnoses)",
      "school case: Support plans (support)",
      "school case: Audit (audit)",
      "school case: Progress (progress)",
      "school case: Diary (diary)",
      "school case: Adjustments (adjustments)",
      "school case: School day (school-day)",
      "evidence case: Documents (documents)",
      "evidence case: Timeline (timeline)",
      "evidence case: Professionals (professionals)",
      "evidence case: Reports (reports)",
      "evidence case: Evidence packs (evidence-packs)",
      "letters case: Meetings (meetings)",
      "letters case: Letters (letters)",
      "letters case: Correspondence (correspondence)",
      "council case: Assessment and plan (statutory)",
      "council case: EHC plans (plans)",
      "council case: Appeals (appeals)",
      "people case: Contacts (contacts)",
      "people shared: Comments (comments)",
      "people shared: Adviser notes (notes)",
      "people owner: Sharing (sharing)",
      "people owner: Activity (activity)",
    ]);
  });

  it("puts the entries into a few sections, in the sections' order, each in the pages' order", () => {
    const grouped = groupCaseMenu(caseMenu(routes));
    expect(grouped.map(({ label, entries }) => `${label}: ${entries.map((e) => e.label).join(", ")}`)).toEqual([
      "Overview: Overview, Profile, Needs, Diagnoses",
      "School support: Support plans, Audit, Progress, Diary, Adjustments, School day",
      "Evidence: Documents, Timeline, Professionals, Reports, Evidence packs",
      "Meetings and letters: Meetings, Letters, Correspondence",
      "Council and EHC plan: Assessment and plan, EHC plans, Appeals",
      "People and sharing: Contacts, Comments, Adviser notes, Sharing, Activity",
    ]);
    // No section has more than six entries, so an open one stays short on a phone (decisions 097, 146).
    expect(Math.max(...grouped.map(({ entries }) => entries.length))).toBeLessThanOrEqual(6);
  });

  it("leaves out a section with nothing the person may see", () => {
    const onlyFirst = caseMenu(routes).filter((entry) => entry.section === "overview" || entry.label === "Sharing");
    expect(groupCaseMenu(onlyFirst).map(({ section, entries }) => `${section}: ${entries.length}`)).toEqual(["overview: 4", "people: 1"]);
    expect(groupCaseMenu([])).toEqual([]);
  });
});

describe("page names and comment boxes", () => {
  it("names a page from its path inside the case", () => {
    expect(describeCasePage(routes, "")).toBe("Overview");
    expect(describeCasePage(routes, "diary")).toBe("Diary");
    expect(describeCasePage(routes, `support/${RECORD}`)).toBe("Support plans: one record");
    expect(describeCasePage(routes, `support/${RECORD}/delivery`)).toBe("Support plans: one record");
    expect(describeCasePage(routes, "audit.csv")).toBe("Audit (spreadsheet)");
    expect(describeCasePage(routes, "export.zip")).toBe("Download the case");
    expect(describeCasePage(routes, "no-such-page")).toBe("A page");
  });

  it("has a comment box on pages, not on the comments, sharing, search or pages that do not exist", () => {
    expect(canCommentOn(routes, "")).toBe(true);
    expect(canCommentOn(routes, `meetings/${RECORD}`)).toBe(true);
    for (const page of ["comments", "notes", "sharing", "activity", "search", "delete", "export", "no-such-page"]) {
      expect(canCommentOn(routes, page), page).toBe(false);
    }
  });
});

describe("what other layers read", () => {
  it("keeps only the pages that show nothing but the case, the person and today", () => {
    const kept = Object.values(routes).filter((r) => pageMetaOf(r?.module.handle)?.kept).map((r) => r!.id);
    expect(kept.sort()).toEqual(["routes/audit", "routes/case-dashboard", "routes/health", "routes/journey", "routes/progress"]);
    expect(findPageMeta(routes, `${CASE}/audit`)?.meta.kept).toBe(true);
    expect(findPageMeta(routes, `${CASE}/audit.data`)?.meta.kept).toBe(true);
    expect(findPageMeta(routes, `${CASE}/audit.csv`)?.meta.kept).toBeUndefined();
  });

  it("opens only setting up two-step sign-in, signing out, the outbox and the guide before two-step sign-in is on", () => {
    const open = Object.values(routes).filter((r) => pageMetaOf(r?.module.handle)?.beforeSecondFactor).map((r) => r!.id);
    expect(open.sort()).toEqual(["routes/account-two-factor", "routes/guide", "routes/guide-page", "routes/outbox", "routes/sign-out"]);
    expect(findPageMeta(routes, "/guide/annual-review")?.meta.beforeSecondFactor).toBe(true);
    expect(findPageMeta(routes, "/account/two-factor.data")?.meta.beforeSecondFactor).toBe(true);
    expect(findPageMeta(routes, "/account")).toBeNull();
    expect(findPageMeta(routes, CASE)?.meta.beforeSecondFactor).toBeUndefined();
  });
});
