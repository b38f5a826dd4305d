import { describe, expect, it } from "vitest";
import { pageLinks, readPageNumber, slicePage } from "./pagination";

describe("reading the page number from the address", () => {
  it("reads a whole number from 1", () => {
    expect(readPageNumber(new URL("https://x.test/t?page=3"))).toBe(3);
  });
  it("takes anything else as the first page", () => {
    for (const page of ["", "0", "-2", "1.5", "two", "99999999"]) expect(readPageNumber(new URL(`https://x.test/t?page=${page}`))).toBe(1);
    expect(readPageNumber(new URL("https://x.test/t"))).toBe(1);
  });
});

describe("slicing a page", () => {
  it("works out where a page starts and how many pages there are", () => {
    expect(slicePage({ total: 250, page: 3, pageSize: 100 })).toEqual({ page: 3, pageCount: 3, total: 250, offset: 200, limit: 100, isPastEnd: false });
  });
  it("counts an empty list as one empty page", () => {
    expect(slicePage({ total: 0, page: 1, pageSize: 100 })).toMatchObject({ pageCount: 1, isPastEnd: false });
  });
  it("says when a page is past the last one", () => {
    expect(slicePage({ total: 100, page: 2, pageSize: 100 }).isPastEnd).toBe(true);
  });
});

describe("the page numbers to link to", () => {
  it("shows every page when there are few", () => {
    expect(pageLinks(2, 4)).toEqual([1, 2, 3, 4]);
  });
  it("shows the first, the last and two either side of the current one, with gaps", () => {
    expect(pageLinks(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
  });
  it("shows a single missing number instead of a gap", () => {
    expect(pageLinks(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
  });
  it("has one page for a one-page list", () => {
    expect(pageLinks(1, 1)).toEqual([1]);
  });
});
