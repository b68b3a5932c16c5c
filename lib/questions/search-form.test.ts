import { describe, expect, it } from "vitest";

import { clearSearchFields, searchFormKey, SEARCH_FIELDS } from "./search-form";

describe("clearSearchFields", () => {
  it("empties the search text and every filter, and leaves other controls alone", () => {
    const fields = [
      { name: "q", value: "window functions" },
      { name: "skill", value: "sql" },
      { name: "role", value: "machine-learning-engineer" },
      { name: "difficulty", value: "hard" },
      { name: "level", value: "senior" },
      { name: "kind", value: "sql" },
      { name: "sort", value: "title" },
    ];
    const submit = { name: "", value: "" };
    const other = { name: "csrf", value: "keep" };
    const unnamed = { value: "no name" };
    expect(clearSearchFields([...fields, submit, other, unnamed, null, "not a control"])).toBe(7);
    expect(fields.map((field) => field.value)).toEqual(["", "", "", "", "", "", ""]);
    expect(other).toEqual({ name: "csrf", value: "keep" });
    expect(unnamed).toEqual({ value: "no name" });
  });

  it("knows every field of the form, each once", () => {
    expect([...SEARCH_FIELDS].sort()).toEqual(["difficulty", "kind", "level", "q", "role", "skill", "sort"]);
  });
});

describe("searchFormKey", () => {
  it("differs between views, so a new view mounts a fresh form", () => {
    const filtered = searchFormKey("drift", { role: "data-scientist", difficulty: "hard" });
    expect(searchFormKey(null, {})).not.toBe(filtered);
    expect(searchFormKey("drift", { role: "data-scientist" })).not.toBe(filtered);
    expect(searchFormKey(null, { difficulty: "hard" })).not.toBe(searchFormKey(null, { level: "mid" }));
    expect(searchFormKey("drift", {}, "title")).not.toBe(searchFormKey("drift", {}, "relevance"));
  });

  it("is the same for the same view, whatever the order the filters were set in", () => {
    expect(searchFormKey("drift", { difficulty: "hard", role: "data-scientist" })).toBe(
      searchFormKey("drift", { role: "data-scientist", difficulty: "hard" }),
    );
    expect(searchFormKey(null, {})).toBe(searchFormKey(null, {}));
  });
});
