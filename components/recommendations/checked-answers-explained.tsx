import { GRADE_LABELS } from "@/lib/progress/grades";
import {
  CHECKED_WEIGHT,
  DIFFICULTY_WEIGHT,
  GRADE_CONFIDENCE,
  PRIOR_WEIGHT,
} from "@/lib/recommendations/model";
import { proposedGrade, type SubmissionFacts } from "@/lib/runner/outcome";

import { ConstantTable } from "./constant-table";

// /methodology on answers the code runner checked: the grade a submission proposes and the weight a
// checked attempt carries, both read from the code that applies them.

const fixed = (x: number) => x.toFixed(2);
const plain = (x: number) => String(Number(x.toFixed(4)));

/** The submissions whose proposed grade the page prints, each computed by proposedGrade. */
const CHECKED_CASES: { label: string; facts: SubmissionFacts }[] = [
  { label: "Failed", facts: { passed: false, failedBefore: 0, helped: false } },
  { label: "Passed after a failed submission", facts: { passed: true, failedBefore: 1, helped: false } },
  {
    label: "Passed after opening a hint or the model answer",
    facts: { passed: true, failedBefore: 0, helped: true },
  },
  {
    label: "Passed on the first submission, unaided",
    facts: { passed: true, failedBefore: 0, helped: false },
  },
];

export function CheckedAnswersExplained() {
  const checkedWeight = DIFFICULTY_WEIGHT.MEDIUM * CHECKED_WEIGHT;
  const checkedExample =
    (checkedWeight * GRADE_CONFIDENCE[proposedGrade(CHECKED_CASES[3]!.facts)]) /
    (PRIOR_WEIGHT + checkedWeight);
  return (
    <>
      <h4 className="mt-6 font-semibold">Answers the code runner checked</h4>
      <p className="mt-2">
        On a SQL or coding question you can submit your code; the runner checks it against the question&apos;s
        data or tests, and the grade follows from the outcome (you may change it before it is saved):
      </p>
      <ConstantTable
        caption="Grade proposed from a checked submission"
        head={["Submission", "Proposed grade"]}
        rows={CHECKED_CASES.map(({ label, facts }) => [label, GRADE_LABELS[proposedGrade(facts)]])}
      />
      <p className="mt-4">
        A checked attempt is evidence, not a feeling, so its weight <var>w</var>
        <sub>
          <var>i</var>
        </sub>{" "}
        is multiplied by {plain(CHECKED_WEIGHT)}. A checked pass therefore moves mastery further than the same
        self-graded grade (a medium question passed first time right now, with no rating, gives{" "}
        {fixed(checkedExample)} instead of{" "}
        {fixed(DIFFICULTY_WEIGHT.MEDIUM / (PRIOR_WEIGHT + DIFFICULTY_WEIGHT.MEDIUM))}), and a checked failure
        pulls it further down. The dashboard and the plan show how many of a skill&apos;s results were
        checked.
      </p>
    </>
  );
}
