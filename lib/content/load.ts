import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import type * as z from "zod";

import {
  QUESTION_SECTIONS,
  questionFrontMatterSchema,
  roleFileSchema,
  SLUG_PATTERN,
  skillsFileSchema,
  snapshotFileSchema,
  topicsFileSchema,
  type QuestionContent,
  type RoleContent,
  type SkillContent,
  type SnapshotContent,
  type TopicsContent,
} from "./schemas";

// Reads content/ into plain objects. Nothing is returned unless every file is valid: each
// problem names the file, the field and what is wrong, so an editor can fix it at once.

export interface ContentProblem {
  file: string;
  field: string;
  problem: string;
}

export class ContentError extends Error {
  override name = "ContentError";
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.problem}`).join("\n"),
    );
  }
}

export interface ContentBundle {
  skills: SkillContent[];
  roles: RoleContent[];
  snapshots: SnapshotContent[];
  questions: QuestionContent[];
  /** content/topics.yaml; empty when the file is absent (older content folders, test fixtures). */
  topics: TopicsContent;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.flatMap((issue) => {
    const at = (path: PropertyKey[]) => (path.length > 0 ? path.map(String).join(".") : "(file)");
    // A misspelt field is reported at the field itself, not at the object that holds it.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        file,
        field: at([...issue.path, key]),
        problem: "is not a known field (check its spelling)",
      }));
    }
    return [{ file, field: at(issue.path), problem: issue.message }];
  });
}

function parseWith<T>(file: string, schema: z.ZodType<T>, data: unknown): Parsed<T> {
  const result = schema.safeParse(data);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: zodProblems(file, result.error) };
}

function readYaml(file: string, text: string): Parsed<unknown> {
  try {
    return { ok: true, value: parseYaml(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      problems: [
        { file, field: "(file)", problem: `is not valid YAML: ${(error as Error).message.split("\n")[0]}` },
      ],
    };
  }
}

function slugFromFile(file: string): Parsed<string> {
  const slug = path.basename(file).replace(/\.(ya?ml|md)$/, "");
  return SLUG_PATTERN.test(slug)
    ? { ok: true, value: slug }
    : {
        ok: false,
        problems: [{ file, field: "(file name)", problem: "must be lowercase words joined by hyphens" }],
      };
}

export function parseSkillsFile(file: string, text: string): Parsed<SkillContent[]> {
  const yaml = readYaml(file, text);
  if (!yaml.ok) return yaml;
  const parsed = parseWith(file, skillsFileSchema, yaml.value);
  return parsed.ok ? { ok: true, value: parsed.value.skills } : parsed;
}

export function parseTopicsFile(file: string, text: string): Parsed<TopicsContent> {
  const yaml = readYaml(file, text);
  if (!yaml.ok) return yaml;
  return parseWith(file, topicsFileSchema, yaml.value);
}

export function parseRoleFile(file: string, text: string): Parsed<RoleContent> {
  const slug = slugFromFile(file);
  if (!slug.ok) return slug;
  const yaml = readYaml(file, text);
  if (!yaml.ok) return yaml;
  const parsed = parseWith(file, roleFileSchema, yaml.value);
  return parsed.ok ? { ok: true, value: { slug: slug.value, ...parsed.value } } : parsed;
}

export function parseSnapshotFile(file: string, text: string): Parsed<SnapshotContent> {
  const slug = slugFromFile(file);
  if (!slug.ok) return slug;
  const yaml = readYaml(file, text);
  if (!yaml.ok) return yaml;
  const parsed = parseWith(file, snapshotFileSchema, yaml.value);
  return parsed.ok ? { ok: true, value: { slug: slug.value, ...parsed.value } } : parsed;
}

/** Splits a question body into its level-2 sections, in the order QUESTION_SECTIONS gives. */
function splitSections(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | null = null;
  let lines: string[] = [];
  let inFence = false;
  const flush = () => {
    if (current !== null) sections.set(current, lines.join("\n").trim());
  };
  for (const line of body.split("\n")) {
    // A "## " inside a fenced code block (a Python comment, say) is not a heading.
    if (/^(```|~~~)/.test(line.trim())) inFence = !inFence;
    const heading = inFence ? null : /^## (.+?)\s*$/.exec(line);
    if (heading?.[1]) {
      flush();
      current = heading[1];
      lines = [];
    } else {
      lines.push(line);
    }
  }
  flush();
  return sections;
}

export function parseQuestionFile(file: string, text: string): Parsed<QuestionContent> {
  const slug = slugFromFile(file);
  if (!slug.ok) return slug;
  let front: { data: unknown; content: string };
  try {
    front = matter(text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          file,
          field: "(front matter)",
          problem: `is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
        },
      ],
    };
  }
  const parsed = parseWith(file, questionFrontMatterSchema, front.data);
  if (!parsed.ok) return parsed;

  const sections = splitSections(front.content);
  const problems: ContentProblem[] = [];
  const expected = new Set<string>(Object.values(QUESTION_SECTIONS));
  for (const heading of sections.keys()) {
    if (!expected.has(heading)) {
      problems.push({
        file,
        field: `## ${heading}`,
        problem: `is not a known section (use ${[...expected].map((h) => `"## ${h}"`).join(", ")})`,
      });
    }
  }
  const required = (heading: string): string => {
    const value = sections.get(heading);
    if (!value) problems.push({ file, field: `## ${heading}`, problem: "is missing or empty" });
    return value ?? "";
  };
  const prompt = required(QUESTION_SECTIONS.prompt);
  const answer = required(QUESTION_SECTIONS.answer);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      slug: slug.value,
      ...parsed.value,
      prompt,
      answer,
      followUps: sections.get(QUESTION_SECTIONS.followUps) || null,
    },
  };
}

/** Checks that every slug a file refers to exists and that no slug is used twice. */
export function checkReferences(
  bundle: ContentBundle,
  files: Map<object, string>,
  invalid: { roles: Set<string>; skillsFileInvalid: boolean } = {
    roles: new Set(),
    skillsFileInvalid: false,
  },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileOf = (item: object) => files.get(item) ?? "content";
  const skillSlugs = new Set<string>();
  for (const [index, skill] of bundle.skills.entries()) {
    if (skillSlugs.has(skill.slug)) {
      problems.push({
        file: fileOf(skill),
        field: `skills.${index}.slug`,
        problem: `"${skill.slug}" is used by two skills`,
      });
    }
    skillSlugs.add(skill.slug);
  }
  // A file that failed validation is already reported; references to it are not errors of their own.
  const roleSlugs = new Set([...bundle.roles.map((role) => role.slug), ...invalid.roles]);
  const isKnownSkill = (slug: string) => invalid.skillsFileInvalid || skillSlugs.has(slug);
  const unknownSkill = (slug: string) => `unknown skill "${slug}" (not in content/skills.yaml)`;
  const unknownRole = (slug: string) => `unknown role "${slug}" (no content/roles/${slug}.yaml)`;
  const topicSlugs = new Set(bundle.topics.topics.map((topic) => topic.slug));
  const unknownTopic = (slug: string) => `unknown topic "${slug}" (not in content/topics.yaml)`;

  for (const role of bundle.roles) {
    role.impliedSkills.forEach((skill, index) => {
      if (!isKnownSkill(skill))
        problems.push({ file: fileOf(role), field: `impliedSkills.${index}`, problem: unknownSkill(skill) });
    });
  }

  for (const snapshot of bundle.snapshots) {
    const file = fileOf(snapshot);
    snapshot.roles.forEach((role, index) => {
      if (!roleSlugs.has(role)) problems.push({ file, field: `roles.${index}`, problem: unknownRole(role) });
    });
    for (const [role, figures] of Object.entries(snapshot.figures)) {
      figures.skills.forEach((entry, index) => {
        if (!isKnownSkill(entry.skill)) {
          problems.push({
            file,
            field: `figures.${role}.skills.${index}.skill`,
            problem: unknownSkill(entry.skill),
          });
        }
      });
    }
  }

  const questionSlugs = new Map<string, string>();
  for (const question of bundle.questions) {
    const file = fileOf(question);
    const other = questionSlugs.get(question.slug);
    if (other)
      problems.push({
        file,
        field: "(file name)",
        problem: `slug "${question.slug}" is also used by ${other}`,
      });
    questionSlugs.set(question.slug, file);
    question.skills.forEach((skill, index) => {
      if (!isKnownSkill(skill))
        problems.push({ file, field: `skills.${index}`, problem: unknownSkill(skill) });
    });
    if (new Set(question.skills).size !== question.skills.length) {
      problems.push({ file, field: "skills", problem: "a skill is listed twice" });
    }
    question.roles.forEach((role, index) => {
      if (!roleSlugs.has(role)) problems.push({ file, field: `roles.${index}`, problem: unknownRole(role) });
    });
    if (question.topic !== undefined && !topicSlugs.has(question.topic)) {
      problems.push({ file, field: "topic", problem: unknownTopic(question.topic) });
    }
  }
  bundle.topics.quotas.forEach((quota, index) => {
    const file = "content/topics.yaml";
    if (!roleSlugs.has(quota.role))
      problems.push({ file, field: `quotas.${index}.role`, problem: unknownRole(quota.role) });
    quota.topics?.forEach((topic, t) => {
      if (!topicSlugs.has(topic))
        problems.push({ file, field: `quotas.${index}.topics.${t}`, problem: unknownTopic(topic) });
    });
  });
  return problems;
}

async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Loads and validates everything under `contentDir`; throws ContentError listing every problem. */
export async function loadContent(contentDir: string): Promise<ContentBundle> {
  const problems: ContentProblem[] = [];
  const files = new Map<object, string>();
  const relative = (file: string) => path.relative(path.dirname(contentDir), file);

  async function collect<T extends object>(
    paths: string[],
    parse: (file: string, text: string) => Parsed<T | T[]>,
  ): Promise<T[]> {
    const out: T[] = [];
    for (const absolute of paths) {
      const file = relative(absolute);
      const result = parse(file, await readFile(absolute, "utf8"));
      if (!result.ok) {
        problems.push(...result.problems);
        continue;
      }
      for (const item of Array.isArray(result.value) ? result.value : [result.value]) {
        files.set(item, file);
        out.push(item);
      }
    }
    return out;
  }

  const skillsPath = path.join(contentDir, "skills.yaml");
  const skillsFound = await listFiles(contentDir, /^skills\.yaml$/);
  if (!skillsFound.includes(skillsPath)) {
    problems.push({
      file: relative(skillsPath),
      field: "(file)",
      problem: "is missing: it lists every skill",
    });
  }
  const skills = await collect(
    skillsFound.filter((file) => file === skillsPath),
    parseSkillsFile,
  );
  const topicsPath = path.join(contentDir, "topics.yaml");
  const topicsFound = await listFiles(contentDir, /^topics\.yaml$/);
  const [topics] = await collect(
    topicsFound.filter((file) => file === topicsPath),
    parseTopicsFile,
  );
  const bundle: ContentBundle = {
    skills,
    topics: topics ?? { topics: [], quotas: [] },
    roles: await collect(await listFiles(path.join(contentDir, "roles"), /\.ya?ml$/), parseRoleFile),
    snapshots: await collect(await listFiles(path.join(contentDir, "market"), /\.ya?ml$/), parseSnapshotFile),
    questions: await collect(await listFiles(path.join(contentDir, "questions"), /\.md$/), parseQuestionFile),
  };
  const rolesDir = relative(path.join(contentDir, "roles"));
  const invalid = {
    roles: new Set(
      problems
        .filter((p) => path.dirname(p.file) === rolesDir)
        .map((p) => path.basename(p.file).replace(/\.ya?ml$/, "")),
    ),
    skillsFileInvalid: problems.some((p) => p.file === relative(skillsPath)),
  };
  problems.push(...checkReferences(bundle, files, invalid));
  if (problems.length > 0) throw new ContentError(problems);
  return bundle;
}
