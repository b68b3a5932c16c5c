import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { contentHash, planCollection } from "./sync";

describe("contentHash", () => {
  it("ignores key order but not values", () => {
    expect(contentHash({ a: 1, b: { c: 2, d: 3 } })).toBe(contentHash({ b: { d: 3, c: 2 }, a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
    expect(contentHash([1, 2])).not.toBe(contentHash([2, 1]));
  });
});

describe("planCollection", () => {
  it("sorts items into added, changed and removed", () => {
    const kept = { slug: "kept", value: 1 };
    const edited = { slug: "edited", value: 2 };
    const added = { slug: "added", value: 3 };
    const stored = [
      { slug: "kept", contentHash: contentHash(kept) },
      { slug: "edited", contentHash: contentHash({ slug: "edited", value: 1 }) },
      { slug: "gone", contentHash: "x" },
    ];
    expect(planCollection([kept, edited, added], stored)).toEqual({
      toAdd: [added],
      toChange: [edited],
      toRemove: ["gone"],
    });
  });

  it("plans nothing when the stored hashes match (idempotence)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ slug: fc.stringMatching(/^[a-z]{1,8}$/), value: fc.integer() }), {
          selector: (i) => i.slug,
        }),
        (items) => {
          const stored = items.map((item) => ({ slug: item.slug, contentHash: contentHash(item) }));
          expect(planCollection(items, stored)).toEqual({ toAdd: [], toChange: [], toRemove: [] });
        },
      ),
    );
  });
});
