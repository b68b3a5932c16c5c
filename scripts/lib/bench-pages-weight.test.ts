import { describe, expect, it } from "vitest";

import { median, medianRun, pairedScoreDifference, type LighthouseRun } from "./bench-pages-lighthouse";
import { formatTable, verdict } from "./bench-pages-report";
import { decodeRscPayload, inlineRscPayload, preloadedFonts } from "./bench-pages-weight";

// The parts of `npm run bench:pages` that read a page or summarise numbers, on HTML shaped like
// what Next.js 16 sends (scripts/fixtures/bare-next as built).

const PAGE = `<!DOCTYPE html><html lang="en"><head>
<link rel="preload" href="/_next/static/media/Geist.p.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css"/>
<link rel="preload" as="script" href="/_next/static/chunks/b.js"/>
<script src="/_next/static/chunks/c.js" async=""></script>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>
</head><body><main><h1>Hello</h1></main>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>
<script nonce="abc">self.__next_f.push([1,"2:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"Héllo\\"}]\\n"])</script>
</body></html>`;

describe("inlineRscPayload", () => {
  it("counts the bytes of the push scripts only, in UTF-8", () => {
    const pushes = [
      `self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])`,
      `self.__next_f.push([1,"2:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"Héllo\\"}]\\n"])`,
    ];
    expect(inlineRscPayload(PAGE)).toEqual({
      bytes: pushes.reduce((sum, p) => sum + Buffer.byteLength(p), 0),
      scripts: 2,
    });
  });

  it("finds none in a page without them", () => {
    expect(inlineRscPayload("<html><script src='/a.js'></script></html>")).toEqual({ bytes: 0, scripts: 0 });
  });
});

describe("decodeRscPayload", () => {
  it("joins the decoded chunks", () => {
    expect(decodeRscPayload(PAGE)).toBe('1:"$Sreact.fragment"\n2:["$","h1",null,{"children":"Héllo"}]\n');
  });
});

describe("preloadedFonts", () => {
  it("lists font preloads from the HTML, not other preloads", () => {
    expect(preloadedFonts(PAGE)).toEqual(["/_next/static/media/Geist.p.woff2"]);
  });

  it("reads the Link header too, without repeats", () => {
    const header =
      '</_next/static/media/Geist.p.woff2>; rel=preload; as="font"; crossorigin=""; type="font/woff2", ' +
      "</_next/static/chunks/a.css>; rel=preload; as=style, </_next/static/media/Mono.woff2>; rel=preload; as=font";
    expect(preloadedFonts(PAGE, header)).toEqual([
      "/_next/static/media/Geist.p.woff2",
      "/_next/static/media/Mono.woff2",
    ]);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("takes each number's own median over the runs", () => {
    expect(
      medianRun([
        { score: 90, lcpMs: 3000, tbtMs: 10, cls: 0, benchmarkIndex: 900 },
        { score: 70, lcpMs: 1000, tbtMs: 30, cls: 0.2, benchmarkIndex: 700 },
        { score: 80, lcpMs: 2000, tbtMs: 20, cls: 0.1, benchmarkIndex: 800 },
      ]),
    ).toEqual({ score: 80, lcpMs: 2000, tbtMs: 20, cls: 0.1, benchmarkIndex: 800 });
  });
});

describe("pairedScoreDifference", () => {
  const runs = (...scores: number[]): LighthouseRun[] =>
    scores.map((score) => ({ score, lcpMs: 1000, tbtMs: 100, cls: 0, benchmarkIndex: 1000 }));

  it("subtracts each baseline run from the run taken with it, not the medians", () => {
    // Medians 97 and 97 would say "level"; the pairs say 1 point behind on average.
    expect(pairedScoreDifference(runs(97, 92, 99), runs(98, 96, 97))).toEqual({ mean: -1, min: -4, max: 2 });
  });

  it("refuses runs that do not pair up", () => {
    expect(() => pairedScoreDifference(runs(97, 92), runs(98))).toThrow(/as many baseline runs/);
    expect(() => pairedScoreDifference([], [])).toThrow();
  });
});

describe("verdict and formatTable", () => {
  it("compares in the stated direction", () => {
    expect(verdict("ratio", 0.59, "≥", 0.6, "0.60×").pass).toBe(false);
    expect(verdict("bytes", 150 * 1024, "≤", 150 * 1024, "150 kB").pass).toBe(true);
  });

  it("pads text left and numbers right", () => {
    expect(
      formatTable(
        ["page", "req/s"],
        [
          ["/", "900"],
          ["/compare/x", "75"],
        ],
      ).split("\n"),
    ).toEqual(["page        req/s", "──────────  ─────", "/             900", "/compare/x     75"]);
  });
});
