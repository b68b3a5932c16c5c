"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";

import { moveOnAction, pauseMockAction, saveMockAnswerAction } from "@/lib/mock/actions";
import { clockText, spokenTime } from "@/lib/mock/time-text";
import { MOCK_ANSWER_MAX_LENGTH as ANSWER_MAX_LENGTH } from "@/lib/progress/limits";
import type { RunnerSpec } from "@/lib/runner/runner-spec";
import { Button } from "@/components/ui/button";
import { CodeCheckProvider, useCodeCheck } from "@/components/runner/check-context";
import { LazyCodePanel } from "@/components/runner/lazy-code-panel";
import { InlineTitle } from "@/components/questions/inline-title";

import { useCountdown } from "./use-countdown";

const SAVE_AFTER_MS = 1_500;

export interface SessionQuestion {
  position: number;
  count: number;
  round: string;
  slug: string;
  title: string;
  runner: RunnerSpec | null;
  answer: string;
  revision: number;
  questionDeadline: string;
  mockDeadline: string;
}

/**
 * One question of a running mock: its countdown and the whole mock's, the answer box (or the code
 * panel for SQL and coding), and moving on. Time running out moves on by itself; the server does
 * the same on its next read if this tab is gone.
 */
export function MockSession(props: {
  mockId: string;
  question: SessionQuestion;
  serverNow: string;
  paused: boolean;
  practiceMode: boolean;
  tags: ReactNode;
  prompt: ReactNode;
}) {
  return (
    <CodeCheckProvider>
      <Session {...props} />
    </CodeCheckProvider>
  );
}

function Session({
  mockId,
  question,
  serverNow,
  paused,
  practiceMode,
  tags,
  prompt,
}: Parameters<typeof MockSession>[0]) {
  const router = useRouter();
  const check = useCodeCheck();
  const [answer, setAnswer] = useState(question.answer);
  // The text as typed, for saves fired by a timer (a closure's `answer` would be the older text).
  const latest = useRef(question.answer);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const revision = useRef(question.revision);
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const movedOn = useRef(false);
  const isCode = question.runner !== null;
  const last = question.position === question.count - 1;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), [question.position]);

  const save = async () => {
    window.clearTimeout(timer.current);
    // Over the limit: the counter says so, and nothing is sent until it is shortened.
    const text = latest.current;
    if (!dirty.current || isCode || text.length > ANSWER_MAX_LENGTH) return;
    dirty.current = false;
    const result = await saveMockAnswerAction(mockId, question.position, text, revision.current);
    if (result.ok) revision.current = result.revision;
    setStatus(result.message);
    if (!result.ok && result.moveOn) router.refresh();
  };

  const onChange = (text: string) => {
    setAnswer(text);
    latest.current = text;
    dirty.current = true;
    window.clearTimeout(timer.current);
    if (text.length <= ANSWER_MAX_LENGTH) timer.current = window.setTimeout(() => void save(), SAVE_AFTER_MS);
  };

  const leave = async (finishAll: boolean) => {
    if (movedOn.current) return;
    if (!isCode && latest.current.length > ANSWER_MAX_LENGTH) {
      setStatus(
        `An answer holds at most ${ANSWER_MAX_LENGTH.toLocaleString("en-US")} characters: shorten it to move on.`,
      );
      return;
    }
    movedOn.current = true;
    setBusy(true);
    window.clearTimeout(timer.current);
    const result = await moveOnAction(
      mockId,
      question.position,
      isCode ? (check?.check?.code ?? null) : latest.current,
      isCode ? (check?.check?.outcome ?? null) : null,
      finishAll,
    );
    if (!result.ok) {
      movedOn.current = false;
      setBusy(false);
      setStatus(result.message ?? "That did not work; try again.");
      return;
    }
    router.refresh();
  };

  // Time up: move on with what is written. (If this tab is closed, the server does it on its next read.)
  const questionLeft = useCountdown(question.questionDeadline, serverNow, !paused, () => void leave(false));
  const mockLeft = useCountdown(question.mockDeadline, serverNow, !paused);

  const togglePause = async () => {
    await save();
    const result = await pauseMockAction(mockId, !paused);
    if (!result.ok) setStatus(result.message ?? "");
    router.refresh();
  };

  const low = questionLeft <= 60;
  return (
    <div className="grid gap-6">
      <div
        className="sticky top-0 z-10 -mx-4 grid grid-cols-2 gap-3 border-b bg-background/95 px-4 py-3 sm:mx-0 sm:rounded-xl sm:border"
        aria-label="Time left"
        role="group"
      >
        <p className="text-sm">
          <span className="block text-muted-foreground">This question</span>
          <span
            className={`font-mono text-2xl tabular-nums ${low ? "text-destructive" : ""}`}
            aria-hidden="true"
          >
            {clockText(questionLeft)}
          </span>
          <span className="sr-only">{spokenTime(questionLeft)} left for this question</span>
        </p>
        <p className="text-right text-sm">
          <span className="block text-muted-foreground">Whole mock</span>
          <span className="font-mono text-2xl tabular-nums" aria-hidden="true">
            {clockText(mockLeft)}
          </span>
          <span className="sr-only">{spokenTime(mockLeft)} left in the mock</span>
        </p>
        {paused ? (
          <p className="col-span-2 text-sm font-medium" role="status">
            Paused. The clocks stand still until you resume.
          </p>
        ) : null}
        {/* Announced once a minute is left, not every second. */}
        <p className="sr-only" aria-live="polite">
          {low ? "Less than a minute left for this question." : ""}
        </p>
      </div>

      <div>
        <p className="text-sm text-muted-foreground">
          Question {question.position + 1} of {question.count} · {question.round}
        </p>
        <h1 ref={headingRef} tabIndex={-1} className="mt-1 text-title outline-none">
          <InlineTitle>{question.title}</InlineTitle>
        </h1>
        {tags}
      </div>
      <section aria-label="The question">{prompt}</section>

      {isCode ? (
        <LazyCodePanel
          questionSlug={question.slug}
          spec={question.runner!}
          answerId={`mock-${question.slug}`}
        />
      ) : (
        <div className="grid gap-2">
          <label htmlFor="mock-answer" className="font-medium">
            Your answer
          </label>
          <p id="mock-answer-hint" className="text-sm text-muted-foreground">
            Write it as you would say it in the interview. Saved as you type; the model answer and the rubric
            come at the end.
          </p>
          <textarea
            id="mock-answer"
            value={answer}
            onChange={(event) => onChange(event.target.value)}
            onBlur={() => void save()}
            disabled={paused || busy}
            rows={12}
            aria-describedby="mock-answer-hint mock-answer-count"
            aria-invalid={answer.length > ANSWER_MAX_LENGTH || undefined}
            className="w-full rounded-md border border-input bg-card px-3 py-2 font-sans text-base shadow-xs focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-ring disabled:opacity-60 sm:text-sm"
          />
          <p
            id="mock-answer-count"
            className={`text-sm ${answer.length > ANSWER_MAX_LENGTH ? "font-medium text-destructive" : "text-muted-foreground"}`}
          >
            {answer.length.toLocaleString("en-US")} of {ANSWER_MAX_LENGTH.toLocaleString("en-US")} characters
            {answer.length > ANSWER_MAX_LENGTH ? ": too long to save; shorten it." : ""}
          </p>
        </div>
      )}

      <p role="status" aria-live="polite" className="min-h-5 text-sm font-medium">
        {status}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => void leave(false)} disabled={busy || paused}>
          {last ? "Finish and score" : "Next question"}
        </Button>
        {practiceMode ? (
          <Button variant="outline" onClick={() => void togglePause()} disabled={busy}>
            {paused ? "Resume" : "Pause"}
          </Button>
        ) : null}
        {!last ? (
          <Button
            variant="ghost"
            disabled={busy || paused}
            onClick={() => {
              if (window.confirm("Finish the mock now? The questions not reached stay unanswered."))
                void leave(true);
            }}
          >
            Finish now
          </Button>
        ) : null}
      </div>
    </div>
  );
}
