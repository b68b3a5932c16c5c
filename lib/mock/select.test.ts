import { describe, expect, it } from "vitest";

import type { Round } from "./formats";
import { chooseMockQuestions, type MockCandidate } from "./select";

const now = new Date("2026-12-05T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

function candidate(id: string, over: Partial<MockCandidate> = {}): MockCandidate {
  return { id, kind: "concept", difficulty: "MEDIUM", skills: ["statistics"], lastAttemptAt: null, ...over };
}

const concept: Round = { label: "Concepts", kinds: ["concept"] };
const priorities = {
  skillPriority: ["a-b-testing", "statistics"],
  difficultyFor: (skill: string) =>
    skill === "a-b-testing" ? (["EASY", "MEDIUM", "HARD"] as const) : (["HARD", "MEDIUM", "EASY"] as const),
};

describe("chooseMockQuestions", () => {
  it("takes the largest gap first, at the difficulty its mastery calls for", () => {
    const chosen = chooseMockQuestions({
      slots: [concept, concept],
      candidates: [
        candidate("stats-hard", { difficulty: "HARD" }),
        candidate("ab-medium", { skills: ["a-b-testing"] }),
        candidate("ab-easy", { skills: ["a-b-testing"], difficulty: "EASY" }),
      ],
      priorities,
      now,
      seed: 1,
    });
    expect(chosen.map((choice) => choice?.question.id)).toEqual(["ab-easy", "ab-medium"]);
  });

  it("skips questions practised in the last 14 days while others fit, and takes them when none do", () => {
    const recent = candidate("ab-recent", {
      skills: ["a-b-testing"],
      difficulty: "EASY",
      lastAttemptAt: daysAgo(3),
    });
    const older = candidate("ab-older", {
      skills: ["a-b-testing"],
      difficulty: "EASY",
      lastAttemptAt: daysAgo(15),
    });
    const stats = candidate("stats");
    expect(
      chooseMockQuestions({
        slots: [concept],
        candidates: [recent, older, stats],
        priorities,
        now,
        seed: 1,
      })[0]?.question.id,
    ).toBe("ab-older");
    expect(
      chooseMockQuestions({
        slots: [concept, concept],
        candidates: [recent, stats],
        priorities,
        now,
        seed: 1,
      }).map((c) => c?.question.id),
    ).toEqual(["stats", "ab-recent"]);
  });

  it("keeps to the round's kinds and skills, never repeats a question, and says when a round has none", () => {
    const design: Round = { label: "Design", kinds: ["system-design"] };
    const statsOnly: Round = { label: "Stats", kinds: ["concept", "case"], skills: ["statistics"] };
    const chosen = chooseMockQuestions({
      slots: [statsOnly, statsOnly, design],
      candidates: [candidate("ab", { skills: ["a-b-testing"] }), candidate("stats-case", { kind: "case" })],
      priorities,
      now,
      seed: 1,
    });
    expect(chosen.map((choice) => choice?.question.id ?? null)).toEqual(["stats-case", null, null]);
  });

  it("breaks ties the same way for the same seed", () => {
    const candidates = Array.from({ length: 20 }, (_, index) => candidate(`q${index}`));
    const pick = (seed: number) =>
      chooseMockQuestions({ slots: [concept, concept, concept], candidates, priorities, now, seed }).map(
        (c) => c?.question.id,
      );
    expect(pick(7)).toEqual(pick(7));
    expect(new Set([pick(1).join(), pick(2).join(), pick(3).join()]).size).toBeGreaterThan(1);
  });
});
