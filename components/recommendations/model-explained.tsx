import { computeDecayFactor, default_request_retention, default_w, FSRSVersion } from "ts-fsrs";

import { formatPercentRounded } from "@/lib/format";
import { GRADE_LABELS, GRADES } from "@/lib/progress/grades";
import {
  EXAMPLE_NOW,
  exampleAttemptWeights,
  examplePractised,
} from "@/lib/recommendations/methodology-example";
import {
  CHECKED_WEIGHT,
  DIFFICULTY_WEIGHT,
  GRADE_CONFIDENCE,
  HARD_FROM_MASTERY,
  masteryFromAttempts,
  MEDIUM_FROM_MASTERY,
  PRIOR_WEIGHT,
  RECENCY_HALF_LIFE_DAYS,
  RECENCY_WEIGHT_FLOOR,
  selfRatingToMastery,
  type Difficulty,
  type SelfRating,
} from "@/lib/recommendations/model";

import { CheckedAnswersExplained } from "./checked-answers-explained";
import { ConstantTable } from "./constant-table";
import { Formula } from "./formula";

// /methodology's account of the model: every formula, with each constant read from
// lib/recommendations/model.ts and ts-fsrs, so the page cannot drift from the code.

const DIFFICULTY_NAME: Record<Difficulty, string> = { EASY: "Easy", MEDIUM: "Medium", HARD: "Hard" };
const DIFFICULTIES: readonly Difficulty[] = ["EASY", "MEDIUM", "HARD"];
const RATINGS: readonly SelfRating[] = [1, 2, 3, 4, 5];

const fixed = (x: number) => x.toFixed(2);
const plain = (x: number) => String(Number(x.toFixed(4)));

/** d_T(s), d_A(s) and the like: a symbol with a subscript, as text. */
function D({ sub }: { sub: string }) {
  return (
    <>
      <var>d</var>
      <sub>
        <var>{sub}</var>
      </sub>
      (<var>s</var>)
    </>
  );
}

const M = () => (
  <>
    <var>m</var>(<var>s</var>)
  </>
);

/** The model section of /methodology. */
export function ModelExplained() {
  const { decay, factor } = computeDecayFactor(default_w);
  const exampleWeights = exampleAttemptWeights();
  const exampleMastery = masteryFromAttempts(examplePractised("example"), EXAMPLE_NOW);
  return (
    <section aria-labelledby="model" className="mt-12 max-w-3xl">
      <h2 id="model" className="text-heading">
        The model
      </h2>
      <p className="mt-2">
        For a target role <var>T</var> and a skill <var>s</var>, the plan combines what the role asks for
        (demand) with what you know (mastery).
      </p>

      <h3 className="mt-8 text-subheading">Demand</h3>
      <Formula reading="the demand for skill s in role T is the share of T's postings that ask for s.">
        <D sub="T" /> = postings for <var>T</var> asking for <var>s</var> / all postings for <var>T</var>
      </Formula>
      <p>
        A share between 0 and 1, as the source prints it (46% is 0.46). A skill the source gives no share for
        is left out of the role&apos;s plan.
      </p>

      <h3 className="mt-8 text-subheading">Mastery from your attempts</h3>
      <Formula
        reading={`mastery of s is the weighted mean of your starting point, m zero, with weight ${plain(PRIOR_WEIGHT)}, and of recall times grade confidence for each question on s you have attempted, whose weight is its difficulty weight times its recency weight, times ${plain(CHECKED_WEIGHT)} when the code runner checked it.`}
      >
        <M /> = ({plain(PRIOR_WEIGHT)} · <var>m</var>
        <sub>0</sub>(<var>s</var>) + Σ
        <sub>
          <var>i</var>
        </sub>{" "}
        <var>w</var>
        <sub>
          <var>i</var>
        </sub>{" "}
        · <var>r</var>
        <sub>
          <var>i</var>
        </sub>{" "}
        · <var>c</var>
        <sub>
          <var>i</var>
        </sub>{" "}
        ) / ({plain(PRIOR_WEIGHT)} + Σ
        <sub>
          <var>i</var>
        </sub>{" "}
        <var>w</var>
        <sub>
          <var>i</var>
        </sub>
        ), with <var>w</var>
        <sub>
          <var>i</var>
        </sub>{" "}
        = difficulty weight × max({plain(RECENCY_WEIGHT_FLOOR)}, 0.5
        <sup>age / {RECENCY_HALF_LIFE_DAYS}</sup>) × ({plain(CHECKED_WEIGHT)} if the runner checked it, else
        1)
      </Formula>
      <p>
        The sum runs over the questions tagged <var>s</var> that you have attempted, each counted once, by its
        latest attempt. <var>r</var>
        <sub>
          <var>i</var>
        </sub>{" "}
        is the question&apos;s recall probability now (below), <var>c</var>
        <sub>
          <var>i</var>
        </sub>{" "}
        the confidence of its latest grade, and age is the days since that attempt. <var>m</var>
        <sub>0</sub>(<var>s</var>) is where you start: your self-rating of <var>s</var> on a 0 to 1 scale, or
        0 if you have not rated it. It counts as {plain(PRIOR_WEIGHT)} questions&apos; worth of evidence, so
        one good answer is not mastery (a medium question answered well right now, with no rating, gives{" "}
        {plain(DIFFICULTY_WEIGHT.MEDIUM)} / {plain(PRIOR_WEIGHT + DIFFICULTY_WEIGHT.MEDIUM)} ={" "}
        {(DIFFICULTY_WEIGHT.MEDIUM / (PRIOR_WEIGHT + DIFFICULTY_WEIGHT.MEDIUM)).toFixed(2)}), repeated recent
        successes approach 1, and as attempts age your starting point counts again.
      </p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <ConstantTable
          caption="Difficulty weight"
          rows={DIFFICULTIES.map((d) => [DIFFICULTY_NAME[d], plain(DIFFICULTY_WEIGHT[d])])}
          head={["Question difficulty", "Weight"]}
        />
        <ConstantTable
          caption="Grade confidence"
          rows={GRADES.map((g) => [GRADE_LABELS[g], plain(GRADE_CONFIDENCE[g])])}
          head={["Latest grade", "Confidence"]}
        />
      </div>
      <p className="mt-4">
        Recency weight: an attempt&apos;s weight halves every {RECENCY_HALF_LIFE_DAYS} days and never falls
        below {plain(RECENCY_WEIGHT_FLOOR)}, so recent practice counts more but old practice still counts. A
        harder question recalled is stronger evidence than an easy one. A question whose latest grade is Again
        counts as not known until the next success, because FSRS puts recall at 1 right after any review, a
        failed one included.
      </p>
      <CheckedAnswersExplained />

      <p className="mt-4">For example, two attempted questions on one skill:</p>
      <div className="mt-2 space-y-1 rounded-lg border bg-card px-4 py-3 font-mono text-sm break-words tabular-nums">
        {exampleWeights.map((w) => (
          <p key={w.daysAgo}>
            {DIFFICULTY_NAME[w.difficulty]} question, recall {fixed(w.recall)}, graded {GRADE_LABELS[w.grade]}{" "}
            {w.daysAgo} days ago: <var>w</var> = {plain(DIFFICULTY_WEIGHT[w.difficulty])} × {fixed(w.recency)}{" "}
            = {fixed(w.weight)}
          </p>
        ))}
        <p>
          <var>m</var> = ({plain(PRIOR_WEIGHT)} × 0 +{" "}
          {exampleWeights
            .map((w) => `${fixed(w.weight)} × ${fixed(w.recall)} × ${plain(GRADE_CONFIDENCE[w.grade])}`)
            .join(" + ")}
          ) / ({plain(PRIOR_WEIGHT)} + {exampleWeights.map((w) => fixed(w.weight)).join(" + ")}) ={" "}
          {fixed(exampleMastery)}
        </p>
      </div>

      <h3 className="mt-8 text-subheading">Recall: the FSRS forgetting curve</h3>
      <p className="mt-2">
        Each question you grade is scheduled with FSRS, a spaced-repetition model, through the ts-fsrs library
        ({FSRSVersion}) with its default parameters: {default_w.length} default weights and a target retention
        of {formatPercentRounded(default_request_retention)}, without due-date fuzz. FSRS keeps a stability{" "}
        <var>S</var> for each question (in days) and models the probability that you would recall the answer{" "}
        <var>t</var> days after your last review:
      </p>
      <Formula
        reading={`recall after t days is one plus ${factor.toFixed(2)} times t over S, raised to the power minus ${plain(-decay)}; it is 1 right after a review and ${formatPercentRounded(default_request_retention)} when t equals S.`}
      >
        <var>R</var>(<var>t</var>, <var>S</var>) = (1 + {factor.toFixed(2)} · <var>t</var> / <var>S</var>)
        <sup>−{plain(-decay)}</sup>
      </Formula>
      <p>
        Time is measured in fractional days, so recall starts falling as soon as you stop, not the next day.
      </p>

      <h3 className="mt-8 text-subheading">The starting point, and mastery without attempts</h3>
      <Formula reading="the starting point m zero of s is your 1 to 5 self-rating minus 1, divided by 4, or 0 with no self-rating; with no attempts on s, mastery is the starting point.">
        <var>m</var>
        <sub>0</sub>(<var>s</var>) = (rating − 1) / 4, or 0 without a rating; with no attempts, <M /> ={" "}
        <var>m</var>
        <sub>0</sub>(<var>s</var>)
      </Formula>
      <p>
        So a self-rating of {RATINGS.map((r) => `${r} gives ${plain(selfRatingToMastery(r))}`).join(", ")}.
        One exception to the 0: a skill named after the role you hold (Data Science for a Data Scientist,
        Machine Learning for a Machine Learning Engineer) starts at 1 until you rate it, since your job is
        that skill; a plan would otherwise tell a Data Scientist to learn Data Science first. The starting
        point keeps a fixed weight of {plain(PRIOR_WEIGHT)} however many attempts you add, and a good answer
        right after you give it counts 1, the most anything can: so one more successful attempt never lowers
        your mastery, and never widens a gap.
      </p>

      <h3 className="mt-8 text-subheading">Gap</h3>
      <Formula reading="the gap for s is the demand for s times one minus your mastery of s.">
        <var>g</var>(<var>s</var>) = <D sub="T" /> · (1 − <M />)
      </Formula>
      <p>
        The most asked-for skills you know least have the largest gaps. The plan lists skills largest gap
        first, each with its three figures and a link to its questions.
      </p>

      <h3 className="mt-8 text-subheading">Readiness</h3>
      <Formula reading="readiness is the sum over skills of demand times mastery, divided by the sum of demand; 0 when the role has no demand figures.">
        readiness = Σ
        <sub>
          <var>s</var>
        </sub>{" "}
        <D sub="T" /> · <M /> / Σ
        <sub>
          <var>s</var>
        </sub>{" "}
        <D sub="T" />
      </Formula>
      <p>
        A mean of your mastery, weighted by how often the role asks for each skill: between 0 and 1, shown as
        a percentage.
      </p>

      <h3 className="mt-8 text-subheading">The &ldquo;pays most&rdquo; order</h3>
      <Formula reading="the pay-weighted gap is the gap times the skill's median salary divided by the role's median salary.">
        <var>g</var>(<var>s</var>) × median salary of <var>T</var> postings asking for <var>s</var> / median
        salary of <var>T</var>
      </Formula>
      <p>
        Only where the same source reports both medians. Skills without pay data are listed after, by gap:
        there is no salary figure to weight them with, which does not mean they pay less.
      </p>

      <h3 className="mt-8 text-subheading">Difficulty of the next questions</h3>
      <p className="mt-2">
        From your mastery of the skill: below {plain(MEDIUM_FROM_MASTERY)}, easy questions; below{" "}
        {plain(HARD_FROM_MASTERY)}, medium; from {plain(HARD_FROM_MASTERY)}, hard. When a skill has no
        question at that difficulty, the nearest difficulty is used.
      </p>

      <h3 className="mt-8 text-subheading">Comparing two roles</h3>
      <Formula reading="for a move from role A to role B, a skill ranks by B's demand for it minus A's; a skill the source gives no figure for in A counts as 0.">
        <D sub="B" /> − <D sub="A" />
      </Formula>
      <p>
        Without an account, each comparison page lists, for a move in either direction, the skills with the
        largest difference, in percentage points, from that comparison&apos;s one source.
      </p>
    </section>
  );
}
