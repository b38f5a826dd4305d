import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Icon } from "./icon";

describe("Icon", () => {
  it("renders an inline SVG that screen readers skip, sized by the .icon rule", () => {
    const html = renderToStaticMarkup(<Icon name="cases" />);
    expect(html).toMatch(/^<svg [^>]*aria-hidden="true"/);
    expect(html).toContain('focusable="false"');
    expect(html).toMatch(/class="[^"]*\bicon\b/);
  });

  it("adds a class it is given to its own", () => {
    expect(renderToStaticMarkup(<Icon name="done" className="flash__icon" />)).toMatch(
      /class="[^"]*\bicon flash__icon\b/,
    );
  });
});
