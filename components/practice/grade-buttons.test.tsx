import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { GradeName } from "@/lib/progress/grades";

import { GradeButtons, gradeButtonState, type GradeButtonsProps } from "./grade-buttons";

function render(props: Partial<GradeButtonsProps> = {}) {
  return renderToStaticMarkup(
    <GradeButtons
      legend="How did you do?"
      selected={null}
      pending={null}
      suggested={null}
      closed={false}
      busy={false}
      shortcuts={false}
      onGrade={() => undefined}
      {...props}
    />,
  );
}

/** Each button's grade label, aria-pressed and data-state, in order. */
function buttons(html: string) {
  return [...html.matchAll(/<button ([^>]*)>(.*?)<\/button>/g)].map(([, attributes, body]) => ({
    pressed: /aria-pressed="(true|false)"/.exec(attributes!)?.[1],
    state: /data-state="([a-z]+)"/.exec(attributes!)?.[1],
    className: /class="([^"]*)"/.exec(attributes!)?.[1] ?? "",
    label: /^<span>(?:<kbd[^>]*>\d<\/kbd>)?([^<]*)/.exec(body!)?.[1],
    body: body!,
  }));
}

const pressed = (html: string) => buttons(html).map((b) => `${b.label}:${b.pressed}`);

describe("GradeButtons", () => {
  it("before the reveal: every grade unavailable, none pressed, none filled, none faded", () => {
    const html = render({ legend: "Open the model answer, then grade yourself", closed: true });
    expect(html).toMatch(/<fieldset[^>]* disabled="">/);
    expect(pressed(html)).toEqual(["Again:false", "Hard:false", "Good:false", "Easy:false"]);
    for (const button of buttons(html)) {
      expect(button.state).toBe("unavailable");
      expect(button.className).not.toMatch(/\bbg-primary\b/);
      expect(button.className).not.toMatch(/opacity-/);
      // Readable: muted text on the muted fill (AA in both palettes), a dashed border.
      expect(button.className).toContain("bg-muted");
      expect(button.className).toContain("text-muted-foreground");
      expect(button.className).toContain("border-dashed");
      expect(button.body).not.toContain("✓");
    }
  });

  it("after the reveal, with nothing chosen: every grade available and none pressed", () => {
    const html = render();
    expect(html).not.toContain("disabled");
    expect(pressed(html)).toEqual(["Again:false", "Hard:false", "Good:false", "Easy:false"]);
    expect(buttons(html).map((b) => b.state)).toEqual(["available", "available", "available", "available"]);
    expect(buttons(html).some((b) => /\bbg-primary\b/.test(b.className))).toBe(false);
  });

  it("marks the chosen grade, and only it, as pressed and filled, with a tick", () => {
    const html = render({ selected: "GOOD" });
    expect(pressed(html)).toEqual(["Again:false", "Hard:false", "Good:true", "Easy:false"]);
    const [again, , good] = buttons(html);
    expect(good?.state).toBe("selected");
    expect(good?.className).toMatch(/\bbg-primary\b/);
    expect(good?.body).toContain("✓");
    expect(again?.state).toBe("available");
    expect(again?.className).not.toMatch(/\bbg-primary\b/);
    expect(again?.body).not.toContain("✓");
  });

  it("keeps the grade being recorded pressed and filled while the others wait", () => {
    const html = render({ selected: "HARD", pending: "HARD", busy: true });
    expect(html).toMatch(/<fieldset[^>]* disabled=""/);
    expect(pressed(html)).toEqual(["Again:false", "Recording…:true", "Good:false", "Easy:false"]);
    const states = buttons(html).map((b) => b.state);
    expect(states).toEqual(["available", "selected", "available", "available"]);
  });

  it("marks a suggested grade without making it look chosen", () => {
    const html = render({ suggested: "AGAIN" });
    const [again] = buttons(html);
    expect(again?.pressed).toBe("false");
    expect(again?.state).toBe("suggested");
    expect(again?.className).not.toMatch(/\bbg-primary\b/);
    expect(again?.body).toContain("(suggested)");
  });

  it("shows the keys when shortcuts are on", () => {
    expect(render({ shortcuts: true })).toContain('<kbd class="mr-1.5 text-xs opacity-80">3</kbd>Good');
  });
});

describe("gradeButtonState", () => {
  const state = (
    value: GradeName,
    selected: GradeName | null,
    suggested: GradeName | null,
    closed: boolean,
  ) => gradeButtonState(value, { selected, suggested, closed });

  it("is selected only for the chosen grade, whatever else holds", () => {
    expect(state("GOOD", "GOOD", "AGAIN", true)).toBe("selected");
    expect(state("AGAIN", "GOOD", "AGAIN", false)).toBe("suggested");
    expect(state("AGAIN", null, null, false)).toBe("available");
    expect(state("AGAIN", null, "AGAIN", true)).toBe("unavailable");
  });
});
