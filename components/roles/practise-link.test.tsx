import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { PractiseLink, practisePath, rolePractisePath } from "./practise-link";
import { SkillQuestionsLink, skillQuestionsPath } from "./skill-questions-link";

describe("practice and question links (issue 17)", () => {
  it("starts a practice session on a skill, or for a role", () => {
    expect(practisePath("sql")).toBe("/practice?skill=sql");
    expect(rolePractisePath("machine-learning-engineer")).toBe("/practice?role=machine-learning-engineer");
  });

  it("keeps browsing a skill's questions apart from practising it", () => {
    expect(skillQuestionsPath("sql")).toBe("/questions?skill=sql");
  });

  it("encodes what it is given", () => {
    expect(practisePath("a&b=c")).toBe("/practice?skill=a%26b%3Dc");
    expect(skillQuestionsPath("a b")).toBe("/questions?skill=a%20b");
  });

  it("says what each link does", () => {
    const skill = { slug: "sql", name: "SQL" };
    expect(renderToStaticMarkup(<PractiseLink skill={skill} />)).toBe(
      '<a class="link" href="/practice?skill=sql">Practise SQL</a>',
    );
    expect(renderToStaticMarkup(<SkillQuestionsLink skill={skill} />)).toBe(
      '<a class="link" href="/questions?skill=sql">SQL</a>',
    );
  });
});
