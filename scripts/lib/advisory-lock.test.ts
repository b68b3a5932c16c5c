import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { advisoryLockKey, DATABASE_SETUP_LOCK, describeHolder, pgLocksTag } from "./advisory-lock";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const PRISMA_MIGRATE_LOCK = 72707369n;

describe("advisoryLockKey", () => {
  it("is the documented fixed key for the database setup lock", () => {
    expect(advisoryLockKey(DATABASE_SETUP_LOCK.name)).toBe(DATABASE_SETUP_LOCK.key);
    expect(DATABASE_SETUP_LOCK.key).toBe(1600132932330852126n);
  });

  it("never collides with Prisma's migration lock, which the CLI takes while we hold ours", () => {
    expect(DATABASE_SETUP_LOCK.key).not.toBe(PRISMA_MIGRATE_LOCK);
  });

  it("is deterministic and always fits PostgreSQL's bigint", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const key = advisoryLockKey(name);
        expect(advisoryLockKey(name)).toBe(key);
        expect(key >= INT64_MIN && key <= INT64_MAX).toBe(true);
      }),
    );
  });
});

describe("pgLocksTag", () => {
  it("splits the key as PostgreSQL does: high 32 bits in classid, low 32 bits in objid", () => {
    expect(pgLocksTag(DATABASE_SETUP_LOCK.key)).toEqual({ classid: 372559980, objid: 2432438046 });
    expect(pgLocksTag(PRISMA_MIGRATE_LOCK)).toEqual({ classid: 0, objid: 72707369 });
    // A negative key: PostgreSQL casts each half to an unsigned 32-bit oid.
    expect(pgLocksTag(-1n)).toEqual({ classid: 4294967295, objid: 4294967295 });
    expect(pgLocksTag(INT64_MIN)).toEqual({ classid: 2147483648, objid: 0 });
  });

  it("loses nothing: the halves put back together give the key", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: INT64_MIN, max: INT64_MAX }), (key) => {
        const { classid, objid } = pgLocksTag(key);
        expect(BigInt.asIntN(64, (BigInt(classid) << 32n) | BigInt(objid))).toBe(key);
      }),
    );
  });
});

describe("describeHolder", () => {
  it("names the session, the instance and where it connects from", () => {
    expect(
      describeHolder({
        pid: 4242,
        applicationName: "interview-prep setup, pid 17 on web-1",
        clientAddress: "10.0.0.5",
        since: new Date("2026-12-06T12:00:01.500Z"),
      }),
    ).toBe(
      'PostgreSQL session 4242, "interview-prep setup, pid 17 on web-1", from 10.0.0.5, connected 12:00:01Z',
    );
  });

  it("leaves out what the server hides, and copes with a holder already gone", () => {
    expect(describeHolder({ pid: 7, applicationName: null, clientAddress: null, since: null })).toBe(
      "PostgreSQL session 7",
    );
    expect(describeHolder(null)).toBe("its session has just let go");
  });
});
