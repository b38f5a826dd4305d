import { isRouteErrorResponse } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { thrownBy, UNKNOWN_INTENT } from "../../tests/support/forms";
import { z } from "zod";
import {
  cleanForm,
  cleanQueryString,
  FORM_PROBLEMS,
  formValues,
  isFormContentType,
  isSafeFieldName,
  parseForm,
  parseIntentForm,
  readForm,
  removeControlCharacters,
} from "./parse";

function form(fields: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [k, v] of fields) data.append(k, v);
  return data;
}

function post(body: BodyInit | null, contentType?: string): Request {
  return new Request("http://localhost/cases", {
    method: "POST",
    body,
    headers: contentType ? { "Content-Type": contentType } : {},
  });
}

/** The status and sentence a thrown refusal carries, as the error page shows them. */
async function refusal(attempt: () => unknown): Promise<{ status: number; problem: unknown }> {
  try {
    await attempt();
  } catch (error) {
    // React Router's `data()` is turned into an error response by the framework; here we read it as it would.
    const thrown = error as {
      type?: string;
      data?: { problem?: unknown };
      init?: { status?: number };
    };
    if (isRouteErrorResponse(error))
      return { status: error.status, problem: (error.data as { problem?: unknown }).problem };
    if (thrown.type === "DataWithResponseInit")
      return { status: thrown.init?.status ?? 0, problem: thrown.data?.problem };
    throw error;
  }
  throw new Error("expected a refusal");
}

const PROTOTYPE_NAMES_BEFORE = Object.getOwnPropertyNames(Object.prototype).join(",");

afterEach(() => {
  // A refusal that failed would leave a mark on every object in the process; no test may pass with one.
  expect(Object.getOwnPropertyNames(Object.prototype).join(",")).toBe(PROTOTYPE_NAMES_BEFORE);
});

describe("field names that reach a prototype", () => {
  const schema = z.object({ name: z.string().optional() }).passthrough();
  const hostile = [
    "__proto__.polluted",
    "constructor.prototype.APP_ORIGIN",
    "constructor.prototype.polluted",
    "a.prototype.b",
    "a.__proto__.polluted",
    "__proto__[]",
    "constructor",
    "a[__proto__]",
    "status.constructor.prototype.polluted",
  ];

  for (const name of hostile) {
    it(`refuses "${name}" with a 400 and changes no object`, async () => {
      const answer = await refusal(() => parseForm(form([[name, "http://evil.example"]]), schema));
      expect(answer).toEqual({ status: 400, problem: FORM_PROBLEMS.refusedName });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).APP_ORIGIN).toBeUndefined();
    });
  }

  it("refuses them when the request is read, before any route sees the form", async () => {
    const body = new URLSearchParams([
      ["constructor.prototype.APP_ORIGIN", "http://evil.example"],
      ["text", "hello"],
    ]);
    expect(await refusal(() => readForm(post(body)))).toEqual({
      status: 400,
      problem: FORM_PROBLEMS.refusedName,
    });
  });

  it("allows names that only contain the words", () => {
    expect(isSafeFieldName("constructorName")).toBe(true);
    expect(isSafeFieldName("prototypes.day")).toBe(true);
    expect(isSafeFieldName("my__proto__")).toBe(true);
    expect(isSafeFieldName("a.constructor")).toBe(false);
  });

  it("builds nested values with no prototype, so a lookup of an inherited name finds nothing", () => {
    let seen: unknown;
    const spy = z.preprocess(
      (value) => {
        seen = value;
        return value;
      },
      z.object({ when: z.object({ day: z.string() }) }),
    );
    parseForm(form([["when.day", "7"]]), spy);
    expect(Object.getPrototypeOf(seen)).toBeNull();
    expect(Object.getPrototypeOf((seen as { when: object }).when)).toBeNull();
    expect((seen as Record<string, unknown>).toString).toBeUndefined();
    expect(Object.getPrototypeOf(formValues(form([["a", "1"]])))).toBeNull();
  });

  it("keeps a group when a name is used both alone and with dots, instead of failing", () => {
    const schema = z.object({ when: z.object({ day: z.string() }) });
    expect(
      parseForm(
        form([
          ["when", "x"],
          ["when.day", "7"],
        ]),
        schema,
      ),
    ).toMatchObject({ ok: true, data: { when: { day: "7" } } });
    expect(
      parseForm(
        form([
          ["when.day", "7"],
          ["when", "x"],
        ]),
        schema,
      ),
    ).toMatchObject({ ok: true, data: { when: { day: "7" } } });
  });
});

describe("control characters", () => {
  it("removes NUL, escape and other controls but keeps tabs and line breaks", () => {
    expect(removeControlCharacters("Sam\u0000 Lee\u001b[31m\u007f\u0085\tnext\r\nline")).toBe(
      "Sam Lee[31m\tnext\r\nline",
    );
  });

  it("keeps emoji and right-to-left text as typed", () => {
    expect(removeControlCharacters("😀 مرحبا שלום")).toBe("😀 مرحبا שלום");
  });

  it("removes them from every text field of a read form, and from parsed values", async () => {
    const read = await readForm(
      post(
        new URLSearchParams([
          ["intent", "add\u0000"],
          ["text", "a\u0000b\u0007c"],
        ]),
      ),
    );
    expect(read.get("intent")).toBe("add");
    expect(read.get("text")).toBe("abc");
    const parsed = parseForm(form([["name", "Zeb\u0000edee"]]), z.object({ name: z.string() }));
    expect(parsed).toEqual({ ok: true, data: { name: "Zebedee" } });
  });

  it("removes them from an address's query, and leaves a clean query alone", () => {
    expect(cleanQueryString("q=a%00b&area=x%1B")).toBe("q=ab&area=x");
    expect(cleanQueryString("q=%E2%80%9Cphrase%E2%80%9D+or+-word")).toBeNull();
    expect(cleanQueryString("")).toBeNull();
  });

  it("keeps uploaded files as they are", () => {
    const raw = new FormData();
    raw.append("file", new File(["a\u0000b"], "notes.txt"));
    const file = cleanForm(raw).get("file");
    expect(file).toBeInstanceOf(File);
    expect((file as File).name).toBe("notes.txt");
    expect((file as File).size).toBe(3);
  });
});

describe("reading a request's form", () => {
  it("reads a form a page sends, urlencoded or multipart", async () => {
    expect((await readForm(post(new URLSearchParams({ a: "1" })))).get("a")).toBe("1");
    const multipart = new FormData();
    multipart.append("a", "2");
    expect((await readForm(post(multipart))).get("a")).toBe("2");
  });

  it.each([
    ["JSON", '{"a":1}', "application/json"],
    ["plain text", "a=1", "text/plain"],
    ["bytes", "\u0000\u0001", "application/octet-stream"],
    ["no type at all", "a=1", undefined],
  ])("answers 415 to %s", async (_label, body, type) => {
    const request = post(body, type);
    if (!type) request.headers.delete("Content-Type");
    expect(await refusal(() => readForm(request))).toEqual({
      status: 415,
      problem: FORM_PROBLEMS.wrongType,
    });
  });

  it("answers 400 to a multipart body that cannot be read", async () => {
    expect(
      await refusal(() =>
        readForm(post("not multipart at all", "multipart/form-data; boundary=xyz")),
      ),
    ).toEqual({ status: 400, problem: FORM_PROBLEMS.unreadable });
    expect(await refusal(() => readForm(post("--x\r\n", "multipart/form-data")))).toEqual({
      status: 400,
      problem: FORM_PROBLEMS.unreadable,
    });
  });

  it("recognises the form content types with their parameters, and nothing else", () => {
    expect(isFormContentType("application/x-www-form-urlencoded;charset=UTF-8")).toBe(true);
    expect(isFormContentType("multipart/form-data; boundary=abc")).toBe(true);
    expect(isFormContentType("application/x-www-form-urlencoded-evil")).toBe(false);
    expect(isFormContentType("text/plain")).toBe(false);
    expect(isFormContentType(null)).toBe(false);
  });
});

describe("parseIntentForm", () => {
  const schema = z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("add"), name: z.string().min(1, "Enter a name") }),
    z.object({ intent: z.literal("remove"), id: z.string().min(1) }),
  ]);
  const formOf = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    return form;
  };

  it("gives the data of the intent the button named", () => {
    expect(parseIntentForm(formOf({ intent: "remove", id: "7" }), schema)).toEqual({ ok: true, data: { intent: "remove", id: "7" } });
  });

  it("gives that intent's field errors and what was typed", () => {
    const result = parseIntentForm(formOf({ intent: "add", name: "" }), schema);
    expect(result).toMatchObject({ ok: false, errors: { name: "Enter a name" }, values: { intent: "add", name: "" } });
  });

  it("refuses an unknown or missing intent with a 400 and a plain sentence, never a default", () => {
    for (const fields of [{ intent: "delete-everything", name: "x" }, { name: "x" }, { intent: "" }] as Record<string, string>[]) {
      expect(thrownBy(() => parseIntentForm(formOf(fields), schema))).toMatchObject(UNKNOWN_INTENT);
    }
  });
});
