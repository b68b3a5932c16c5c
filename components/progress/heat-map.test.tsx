import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { attemptHeatMap } from "@/lib/progress/calendar";

import { AttemptHeatMap } from "./heat-map";

const at = (iso: string) => new Date(iso);

function render(attempts: Date[]) {
  const data = attemptHeatMap(attempts, "UTC", at("2026-11-03T12:00:00Z"));
  return renderToStaticMarkup(
    <AttemptHeatMap id="activity" data={data} title="Practice" description="Attempts per day." />,
  );
}

describe("AttemptHeatMap", () => {
  it("draws a square per day up to today, each with its tooltip, and a table of active days", () => {
    const html = render([at("2026-11-03T09:00:00Z"), at("2026-11-03T10:00:00Z"), at("2026-10-01T10:00:00Z")]);
    // 11 full weeks plus Monday and Tuesday of this one; Wednesday to Sunday are not drawn.
    expect(html.match(/<rect /g)).toHaveLength(11 * 7 + 2 + 5 /* legend swatches */);
    expect(html).toContain("<title>2 attempts on Tue 3 Nov 2026</title>");
    expect(html).toContain("<title>No attempts on Mon 2 Nov 2026</title>");
    expect(html).not.toContain("Wed 4 Nov 2026");
    expect(html).toContain("3 attempts on 2 days in the last 12 weeks");
    expect(html.match(/<tr /g)).toHaveLength(3); // header and two days
    expect(html).toContain('<time dateTime="2026-10-01">Thu 1 Oct 2026</time>');
  });

  it("says so when there is nothing to show, and leaves the table out", () => {
    const html = render([]);
    expect(html).toContain("No attempts in the last 12 weeks");
    expect(html).not.toContain("<details");
  });
});
