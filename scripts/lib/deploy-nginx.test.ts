import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { renderNginxConfig, upstreamLines, type NginxValues } from "./deploy-nginx";

const VALUES: NginxValues = {
  USER: "www-data",
  RUN_DIR: "/var/lib/prep-nginx",
  LISTEN: "80",
  SERVER_NAME: "prep.example.com",
  APP_DIR: "/srv/prep",
  UPSTREAM_SERVERS: upstreamLines(["10.0.0.11:3000", "10.0.0.12:3000"]),
  EXTRA_SERVERS: "",
};

describe("renderNginxConfig", () => {
  it("fills every placeholder, indenting a value of several lines like its line", () => {
    const template = "upstream app {\n    {{UPSTREAM_SERVERS}}\n}\npid {{RUN_DIR}}/nginx.pid;";
    expect(renderNginxConfig(template, VALUES)).toBe(
      [
        "upstream app {",
        "    server 10.0.0.11:3000 max_fails=2 fail_timeout=5s;",
        "    server 10.0.0.12:3000 max_fails=2 fail_timeout=5s;",
        "}",
        "pid /var/lib/prep-nginx/nginx.pid;",
      ].join("\n"),
    );
  });

  it("leaves comment lines alone and refuses an unknown placeholder", () => {
    expect(renderNginxConfig("# each {{NAME}} is a placeholder", VALUES)).toBe(
      "# each {{NAME}} is a placeholder",
    );
    expect(() => renderNginxConfig("root {{ROOT}};", VALUES)).toThrow(/unknown placeholder \{\{ROOT\}\}/);
  });

  it("leaves no placeholder in deploy/nginx.conf outside its comments", async () => {
    const template = await readFile(
      fileURLToPath(new URL("../../deploy/nginx.conf", import.meta.url)),
      "utf8",
    );
    const rendered = renderNginxConfig(template, VALUES);
    const directives = rendered.split("\n").filter((line) => !/^\s*#/.test(line));
    expect(directives.filter((line) => line.includes("{{"))).toEqual([]);
    expect(rendered).toContain("server 10.0.0.12:3000 max_fails=2 fail_timeout=5s;");
  });
});
