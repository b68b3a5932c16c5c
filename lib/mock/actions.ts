"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";

import { requireUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { failure, formString, formValues, invalidInput, type ActionState } from "@/lib/forms/action-state";

import { MOCK_FORMAT_IDS, MOCK_LENGTHS } from "./formats";
import {
  ANSWER_MAX_LENGTH,
  createMock,
  moveOn,
  revokeMockShare,
  saveAnswer,
  scoreMock,
  setPaused,
  shareMock,
} from "./queries";

// Mock interview actions (issue 16): parse with zod, check the session, act on the user's own mock
// only, answer with a typed result. The clock is the request's (lib/clock.ts), so the end-to-end
// tests can move it past a question's time.

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((value) => value === "on" || value === "true");

const startSchema = z.object({
  format: z.enum(MOCK_FORMAT_IDS, { error: "Choose a format from the list." }),
  length: z
    .enum(MOCK_LENGTHS.map(String) as ["30", "45", "60"], { error: "Choose 30, 45 or 60 minutes." })
    .transform(Number),
  practiceMode: checkbox,
  hideTags: checkbox,
});

export type StartField = "format" | "length";

export async function startMockAction(
  _previous: ActionState<StartField>,
  formData: FormData,
): Promise<ActionState<StartField>> {
  const user = await requireUser();
  const parsed = startSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await createMock(
    db,
    user.id,
    {
      format: parsed.data.format,
      lengthMinutes: parsed.data.length as 30 | 45 | 60,
      practiceMode: parsed.data.practiceMode,
      hideTags: parsed.data.hideTags,
    },
    await requestNow(),
  );
  if (!result.ok) {
    if (result.reason === "active")
      return failure("You have a mock in progress: finish or resume it before starting another.");
    return failure(
      `The question bank has no question for the “${result.round}” round yet. Choose another format.`,
      {
        format: "No questions for one of its rounds.",
      },
    );
  }
  redirect(`/mock/${result.mockId}`);
}

const idSchema = z.string().min(1).max(64);
const positionSchema = z.number().int().min(0).max(100);
const answerSchema = z
  .string()
  .max(ANSWER_MAX_LENGTH, `An answer holds at most ${ANSWER_MAX_LENGTH.toLocaleString("en-US")} characters.`);

export type SaveAnswerState =
  { ok: true; revision: number; message: string } | { ok: false; message: string; moveOn?: boolean };

const SAVE_FAILURES = {
  "not-found": "This mock is not yours, or no longer exists.",
  "moved-on": "Time for this question is up; the mock has moved on.",
  "too-long": `An answer holds at most ${ANSWER_MAX_LENGTH.toLocaleString("en-US")} characters: shorten it to save.`,
  paused: "The mock is paused: resume it to go on writing.",
} as const;

export async function saveMockAnswerAction(
  mockId: unknown,
  position: unknown,
  answer: unknown,
  baseRevision: unknown,
): Promise<SaveAnswerState> {
  const user = await requireUser();
  const parsed = z
    .object({
      mockId: idSchema,
      position: positionSchema,
      answer: answerSchema,
      baseRevision: z.number().int().min(0),
    })
    .safeParse({ mockId, position, answer, baseRevision });
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((issue) => issue.path[0] === "answer");
    return {
      ok: false,
      message: tooLong ? SAVE_FAILURES["too-long"] : "That save could not be read; reload the page.",
    };
  }
  const result = await saveAnswer(db, user.id, parsed.data, await requestNow());
  if (!result.ok)
    return { ok: false, message: SAVE_FAILURES[result.reason], moveOn: result.reason === "moved-on" };
  return {
    ok: true,
    revision: result.revision,
    message: result.overwroteOtherTab
      ? "Saved. This answer had also been changed in another tab; this save replaced it."
      : "Saved.",
  };
}

export async function moveOnAction(
  mockId: unknown,
  position: unknown,
  answer: unknown,
  outcome: unknown,
  finishAll: unknown,
): Promise<{ ok: boolean; message?: string }> {
  const user = await requireUser();
  const parsed = z
    .object({
      mockId: idSchema,
      position: positionSchema,
      answer: answerSchema.nullable(),
      outcome: z.enum(["PASSED", "FAILED"]).nullable(),
      finishAll: z.boolean(),
    })
    .safeParse({ mockId, position, answer, outcome, finishAll });
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((issue) => issue.path[0] === "answer");
    return {
      ok: false,
      message: tooLong ? SAVE_FAILURES["too-long"] : "That request could not be read; reload the page.",
    };
  }
  const result = await moveOn(db, user.id, parsed.data, await requestNow());
  return result.ok ? { ok: true } : { ok: false, message: SAVE_FAILURES[result.reason] };
}

export async function pauseMockAction(
  mockId: unknown,
  paused: unknown,
): Promise<{ ok: boolean; message?: string }> {
  const user = await requireUser();
  const parsed = z.object({ mockId: idSchema, paused: z.boolean() }).safeParse({ mockId, paused });
  if (!parsed.success) return { ok: false, message: "That request could not be read; reload the page." };
  const result = await setPaused(db, user.id, parsed.data, await requestNow());
  if (result.ok) return { ok: true };
  return {
    ok: false,
    message:
      result.reason === "not-practice"
        ? "Only a mock started in practice mode can be paused."
        : result.reason === "not-active"
          ? "This mock's time is over."
          : SAVE_FAILURES["not-found"],
  };
}

/** The rubric boxes arrive as met=<position>:<criterion index>. */
function metFrom(formData: FormData): Record<number, number[]> | null {
  const met: Record<number, number[]> = {};
  const values = formData instanceof FormData ? formData.getAll("met") : [];
  if (values.length > 500) return null;
  for (const value of values) {
    const match = typeof value === "string" ? /^(\d{1,3}):(\d{1,2})$/.exec(value) : null;
    if (!match) return null;
    (met[Number(match[1])] ??= []).push(Number(match[2]));
  }
  return met;
}

export async function scoreMockAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const mockId = idSchema.safeParse(formString(formData, "mockId"));
  const met = metFrom(formData);
  if (!mockId.success || !met)
    return failure("The ticked boxes could not be read; reload the page and tick them again.");
  const result = await scoreMock(db, user.id, { mockId: mockId.data, met }, await requestNow());
  if (!result.ok && result.reason !== "already-scored") {
    return failure(
      result.reason === "not-ready"
        ? "This mock is still running: finish it first."
        : result.reason === "unknown-question"
          ? "The ticked boxes name a question not in this mock; reload the page."
          : SAVE_FAILURES["not-found"],
    );
  }
  revalidatePath(`/mock/${mockId.data}`);
  redirect(`/mock/${mockId.data}`);
}

export async function shareMockAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const mockId = idSchema.safeParse(formString(formData, "mockId"));
  if (!mockId.success) redirect("/mock");
  const share = formString(formData, "share") === "on";
  if (share) await shareMock(db, user.id, mockId.data);
  else await revokeMockShare(db, user.id, mockId.data);
  // The same page again: without this, the browser's router would keep showing the old one.
  revalidatePath(`/mock/${mockId.data}`);
  redirect(`/mock/${mockId.data}`);
}
