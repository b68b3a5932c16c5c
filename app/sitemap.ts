import type { MetadataRoute } from "next";

import { env } from "@/lib/env";
import { STATIC_PUBLIC_PATHS } from "@/lib/site";
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
    ...STATIC_PUBLIC_PATHS.map((path) => ({
      url: url(path),
      changeFrequency: path === "/" || path === "/questions" ? ("weekly" as const) : ("monthly" as const),
      priority: path === "/" ? 1 : 0.8,
    })),
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
