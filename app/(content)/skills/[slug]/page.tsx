import { notFound } from "next/navigation";

import { formatMonth } from "@/lib/format";
import { getSkillDetail, listSkillSlugs } from "@/lib/questions/queries";
import { getSkillDemandByRole } from "@/lib/roles/queries";
import { pageMetadata } from "@/lib/seo";
import { db } from "@/lib/db";
import { GroupedBarChart } from "@/components/charts/grouped-bar-chart";
import { QuestionList } from "@/components/questions/question-list";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { Link } from "@/components/ui/link";

import type { Metadata } from "next";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return (await listSkillSlugs(db)).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const skill = await getSkillDetail(db, (await params).slug);
  if (!skill) return {};
  return pageMetadata({
    title: `${skill.name}: interview questions and demand by role`,
    description: `${skill.description} How often each data role's postings ask for ${skill.name}, and ${skill.questions.length} practice questions.`,
    path: `/skills/${skill.slug}`,
  });
}

export default async function SkillPage({ params }: Props) {
  const slug = (await params).slug;
  const [skill, demand] = await Promise.all([getSkillDetail(db, slug), getSkillDemandByRole(db, slug)]);
  if (!skill) notFound();
  return (
    <article className="container-page py-10 sm:py-12">
      <Breadcrumbs
        trail={[
          { name: "Questions", path: "/questions" },
          { name: skill.name, path: `/skills/${skill.slug}` },
        ]}
      />
      <h1 className="mt-3 text-title">{skill.name}</h1>
      <p className="mt-3 max-w-3xl text-lead text-muted-foreground">{skill.description}</p>

      <section aria-labelledby="demand" className="mt-10">
        <h2 id="demand" className="text-heading">
          How much each role asks for it
        </h2>
        {demand.length === 0 ? (
          <p className="mt-3 text-muted-foreground">
            No source we hold reports a posting share for {skill.name}.
          </p>
        ) : (
          <div className="mt-4">
            <GroupedBarChart
              id="skill-demand-by-role"
              title={`Share of each role's postings that ask for ${skill.name}`}
              description="Each role's figure comes from the newest source that reports it, named beside the role; figures from different sources are not directly comparable."
              series={[{ key: "share", label: skill.name }]}
              data={demand.map((d) => ({
                label: `${d.role.name} (${d.snapshot.publisher}, ${formatMonth(d.snapshot.dataMonth)})`,
                href: `/roles/${d.role.slug}`,
                values: { share: d.share },
              }))}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="questions" className="mt-10">
        <h2 id="questions" className="text-heading">
          {skill.questions.length} {skill.questions.length === 1 ? "question" : "questions"}
        </h2>
        <QuestionList questions={skill.questions} />
        <p className="mt-4">
          <Link className="link" href={`/questions?skill=${skill.slug}`}>
            Search and filter {skill.name} questions
          </Link>
        </p>
      </section>
    </article>
  );
}
