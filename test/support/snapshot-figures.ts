import type { ContentBundle } from "@/lib/content/load";
import { BREAKDOWN_FIELDS } from "@/lib/content/sync";
import type { SnapshotFigures } from "@/lib/roles/types";

// The SnapshotFigures that lib/roles/queries.ts would read after the seed, built straight from
// content/: lets unit tests run the comparison arithmetic on the stored figures without a database.

export function snapshotFiguresFromContent(bundle: ContentBundle, snapshotSlug: string): SnapshotFigures {
  const snapshot = bundle.snapshots.find((s) => s.slug === snapshotSlug);
  if (!snapshot) throw new Error(`No snapshot ${snapshotSlug} in content/`);
  const roleRef = (slug: string) => {
    const role = bundle.roles.find((r) => r.slug === slug);
    if (!role) throw new Error(`No role ${slug}`);
    return { slug, name: role.name };
  };
  const skillRef = (slug: string) => {
    const skill = bundle.skills.find((s) => s.slug === slug);
    if (!skill) throw new Error(`No skill ${slug}`);
    return { slug, name: skill.name };
  };
  return {
    snapshot: {
      slug: snapshot.slug,
      publisher: snapshot.publisher,
      title: snapshot.title,
      url: snapshot.url,
      dataMonth: snapshot.dataMonth,
      population: snapshot.population,
      caveats: snapshot.caveats,
      roles: snapshot.roles.map(roleRef),
    },
    roles: snapshot.roles.map((slug) => {
      const f = snapshot.figures[slug];
      return {
        role: roleRef(slug),
        medianBaseSalaryUsd: f?.medianBaseSalaryUsd ?? null,
        salarySampleSize: f?.salarySampleSize ?? null,
        activePostings: f?.activePostings ?? null,
        remoteShare: f?.remoteShare ?? null,
        entryLevelShare: f?.entryLevelShare ?? null,
        breakdowns: BREAKDOWN_FIELDS.flatMap(([field, dimension]) =>
          Object.entries((f?.[field] as Record<string, number> | undefined) ?? {}).map(([label, share]) => ({
            dimension,
            label,
            share,
          })),
        ),
        skills: (f?.skills ?? []).map((s) => ({
          skill: skillRef(s.skill),
          share: s.share ?? null,
          medianSalaryUsd: s.medianSalaryUsd ?? null,
          salarySampleSize: s.salarySampleSize ?? null,
          salaryPremiumUsd: s.salaryPremiumUsd ?? null,
        })),
      };
    }),
    reported: snapshot.reported.map((r) => ({ ...r, sampleSize: r.sampleSize ?? null })),
  };
}
