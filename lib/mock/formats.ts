// The shapes of a mock interview (issue 16): a loop shaped after a role, or a single round, in 30,
// 45 or 60 minutes. Pure data and arithmetic, shared by the set-up form, the server and the tests.

export type QuestionKindName = "concept" | "coding" | "sql" | "case" | "system-design" | "behavioral";

export interface Round {
  label: string;
  kinds: readonly QuestionKindName[];
  /** Only questions tagged with one of these skills (none: any skill). */
  skills?: readonly string[];
}

export interface MockFormat {
  id: string;
  name: string;
  description: string;
  rounds: readonly Round[];
  /** A loop takes its rounds in turn; a single round repeats its one round. */
  loop: boolean;
}

const ML_SKILLS = [
  "machine-learning",
  "deep-learning",
  "feature-engineering",
  "model-training",
  "nlp",
  "transformers",
  "llms",
  "reinforcement-learning",
  "scikit-learn",
  "pytorch",
] as const;
const STATS_SKILLS = ["statistics", "a-b-testing", "causal-inference", "forecasting"] as const;

export const MOCK_FORMATS = [
  {
    id: "loop-mle",
    name: "Machine Learning Engineer loop",
    description: "Coding, ML system design, ML concepts and behavioral, as MLE loops run them.",
    loop: true,
    rounds: [
      { label: "Coding", kinds: ["coding"] },
      { label: "ML system design", kinds: ["system-design"] },
      { label: "ML concepts", kinds: ["concept"], skills: ML_SKILLS },
      { label: "Behavioral", kinds: ["behavioral"] },
    ],
  },
  {
    id: "loop-ds",
    name: "Data Scientist loop",
    description: "SQL, statistics and experimentation, a product case and behavioral, as DS loops run them.",
    loop: true,
    rounds: [
      { label: "SQL", kinds: ["sql"] },
      { label: "Statistics and experimentation", kinds: ["concept", "case"], skills: STATS_SKILLS },
      { label: "Product case", kinds: ["case"] },
      { label: "Behavioral", kinds: ["behavioral"] },
    ],
  },
  {
    id: "sql-screen",
    name: "SQL screen",
    description: "Queries only, checked by running them.",
    loop: false,
    rounds: [{ label: "SQL", kinds: ["sql"] }],
  },
  {
    id: "coding-screen",
    name: "Coding screen",
    description: "Python problems, checked by running them.",
    loop: false,
    rounds: [{ label: "Coding", kinds: ["coding"] }],
  },
  {
    id: "ml-design",
    name: "ML system design round",
    description: "Design questions, scored against their rubrics.",
    loop: false,
    rounds: [{ label: "ML system design", kinds: ["system-design"] }],
  },
  {
    id: "product-case",
    name: "Product case round",
    description: "Metrics, experiments and product judgement.",
    loop: false,
    rounds: [{ label: "Product case", kinds: ["case"] }],
  },
  {
    id: "behavioral",
    name: "Behavioral round",
    description: "Stories about your work, scored against their rubrics.",
    loop: false,
    rounds: [{ label: "Behavioral", kinds: ["behavioral"] }],
  },
] as const satisfies readonly MockFormat[];

export type MockFormatId = (typeof MOCK_FORMATS)[number]["id"];
export const MOCK_FORMAT_IDS = MOCK_FORMATS.map((format) => format.id) as [MockFormatId, ...MockFormatId[]];

export const MOCK_LENGTHS = [30, 45, 60] as const;
export type MockLength = (typeof MOCK_LENGTHS)[number];

export function formatById(id: string): MockFormat | null {
  return MOCK_FORMATS.find((format) => format.id === id) ?? null;
}

/** The loop that fits a target role best, for the set-up form's default. */
export function defaultFormatFor(targetRoleSlug: string | null): MockFormatId {
  if (targetRoleSlug === "machine-learning-engineer" || targetRoleSlug === "ai-engineer") return "loop-mle";
  return "loop-ds";
}

/** Questions in a mock: a loop takes each round once in 30 minutes; a single round fewer, longer ones. */
const QUESTION_COUNTS: Record<"loop" | "round", Record<MockLength, number>> = {
  loop: { 30: 4, 45: 6, 60: 8 },
  round: { 30: 3, 45: 4, 60: 6 },
};

/** Relative time each kind of question takes: a design question twice a concept question's share and more. */
export const KIND_WEIGHT: Readonly<Record<QuestionKindName, number>> = {
  concept: 0.75,
  sql: 1,
  behavioral: 1,
  coding: 1.5,
  case: 1.5,
  "system-design": 2,
};

/** The rounds of the mock's questions, in order: the loop's rounds in turn, as many as fit. */
export function roundSlots(format: MockFormat, length: MockLength): Round[] {
  const count = QUESTION_COUNTS[format.loop ? "loop" : "round"][length];
  return Array.from({ length: count }, (_, index) => format.rounds[index % format.rounds.length]!);
}

/**
 * Seconds for each question: the mock's length split in proportion to each kind's weight, in
 * whole tens of seconds, the remainder to the last question so they add up exactly.
 */
export function splitTime(lengthMinutes: number, kinds: readonly QuestionKindName[]): number[] {
  const total = lengthMinutes * 60;
  const weights = kinds.map((kind) => KIND_WEIGHT[kind]);
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((weight) => Math.floor((total * weight) / sum / 10) * 10);
  const used = shares.slice(0, -1).reduce((a, b) => a + b, 0);
  if (shares.length > 0) shares[shares.length - 1] = total - used;
  return shares;
}
