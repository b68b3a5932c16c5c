import type { MetadataRoute } from "next";

import { env } from "@/lib/env";
import { listQuestionSlugs, listSkillSlugs } from "@/lib/questions/queries";
import { listComparisons, listRoleRefs } from "@/lib/roles/queries";
import { db } from "@/lib/db";

// The public pages, built with the site. Comparisons appear once, at their canonical address.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [roles, comparisons, questions, skills] = await Promise.all([
    listRoleRefs(db),
    listComparisons(db),
    listQuestionSlugs(db),
    listSkillSlugs(db),
  ]);
  const url = (path: string) => new URL(path, env.SITE_URL).toString();
  return [
    { url: url("/"), changeFrequency: "weekly", priority: 1 },
    { url: url("/roles"), changeFrequency: "monthly", priority: 0.8 },
    { url: url("/compare"), changeFrequency: "monthly", priority: 0.8 },
    { url: url("/questions"), changeFrequency: "weekly", priority: 0.8 },
    ...roles.map((role) => ({
      url: url(`/roles/${role.slug}`),
      changeFrequency: "monthly" as const,
      priority: 0.7,
    })),
    ...comparisons.map((c) => ({
      url: url(`/compare/${c.slug}`),
      changeFrequency: "monthly" as const,
      priority: 0.9,
    })),
    ...skills.map((slug) => ({
      url: url(`/skills/${slug}`),
      changeFrequency: "monthly" as const,
      priority: 0.6,
    })),
    ...questions.map((slug) => ({
      url: url(`/questions/${slug}`),
      changeFrequency: "monthly" as const,
      priority: 0.6,
    })),
  ];
}
