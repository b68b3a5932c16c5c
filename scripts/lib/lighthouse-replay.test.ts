import { describe, expect, it } from "vitest";

import { editNetworkLog, parsePattern, parseScale, type DevtoolsLogEntry } from "./lighthouse-replay";

const request = (id: string, url: string, bytes: number): DevtoolsLogEntry[] => [
  { method: "Network.requestWillBeSent", params: { requestId: id, request: { url } } },
  {
    method: "Network.dataReceived",
    params: { requestId: id, dataLength: bytes * 3, encodedDataLength: bytes },
  },
  { method: "Network.loadingFinished", params: { requestId: id, encodedDataLength: bytes } },
];
const log: DevtoolsLogEntry[] = [
  { method: "Page.frameNavigated", params: { frame: { id: "main" } } },
  ...request("1", "http://localhost/", 12_000),
  ...request("2", "http://localhost/_next/static/media/font.woff2", 24_000),
  ...request("3", "http://localhost/_next/static/chunks/app.js", 60_000),
];

describe("editNetworkLog", () => {
  it("takes out every entry of a dropped request and leaves the rest as they were", () => {
    const edited = editNetworkLog(log, { drop: /\.woff2$/ });
    expect(edited).toHaveLength(log.length - 3);
    expect(edited.some((entry) => entry.params.requestId === "2")).toBe(false);
    expect(edited[0]).toBe(log[0]);
  });

  it("scales the bytes of matching responses only, without touching the original log", () => {
    const edited = editNetworkLog(log, { scale: [[/\.js$/, 0.5]] });
    const finished = (id: string) =>
      edited.find((e) => e.method === "Network.loadingFinished" && e.params.requestId === id)!.params;
    expect(finished("3").encodedDataLength).toBe(30_000);
    expect(finished("1").encodedDataLength).toBe(12_000);
    const received = edited.find((e) => e.method === "Network.dataReceived" && e.params.requestId === "3")!;
    expect(received.params).toMatchObject({ dataLength: 90_000, encodedDataLength: 30_000 });
    expect(
      log.find((e) => e.method === "Network.loadingFinished" && e.params.requestId === "3")!.params,
    ).toMatchObject({ encodedDataLength: 60_000 });
  });
});

describe("parseScale", () => {
  it("reads pattern=factor, the last = splitting them, and refuses anything else", () => {
    expect(parseScale("\\.css$=0.5")).toEqual([/\.css$/, 0.5]);
    expect(parseScale("a=b=2")[0].source).toBe("a=b");
    for (const bad of ["=0.5", "x", "x=-1", "x=half", "(=2"])
      expect(() => parseScale(bad)).toThrow(/--scale/);
  });
});

describe("parsePattern", () => {
  it("names the option and the pattern that is not a regular expression", () => {
    expect(parsePattern("--drop", "woff2$").test("/a.woff2")).toBe(true);
    expect(() => parsePattern("--drop", "(")).toThrow(/--drop takes a regular expression; "\(" is not one/);
  });
});
