"use server";

import { revalidatePath } from "next/cache";

import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { failure, formValues, invalidInput, success, type ActionState } from "@/lib/forms/action-state";

import { updatePracticeSettings } from "./attempts";
import { practiceSettingsSchema } from "./validations";

export type PracticeSettingsField = "dailyNewLimit" | "hideTags";

export async function updatePracticeSettingsAction(
  _previous: ActionState<PracticeSettingsField>,
  formData: FormData,
): Promise<ActionState<PracticeSettingsField>> {
  const user = await requireUser();
  const parsed = practiceSettingsSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await updatePracticeSettings(db, user.id, parsed.data);
  if (!result.ok) return failure("This account no longer exists.");
  revalidatePath("/practice");
  return success(
    `Saved: ${result.settings.dailyNewLimit} new questions a day${result.settings.hideTags ? ", tags hidden" : ""}.`,
  );
}
