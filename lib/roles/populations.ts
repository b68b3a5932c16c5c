import type { SnapshotPopulation as PopulationDb } from "@/lib/generated/prisma/client";
import type { SnapshotPopulation } from "@/lib/content/schemas";

// Whom a market snapshot's figures describe. Content files spell it "job-postings", the database
// "JOB_POSTINGS"; the pages say it in words. Figures about different populations are never put in
// one table: advertised salaries, the wages of everyone in an occupation and what survey
// respondents report are different quantities.

export const POPULATION_TO_DB: Record<SnapshotPopulation, PopulationDb> = {
  "job-postings": "JOB_POSTINGS",
  "employed-workers": "EMPLOYED_WORKERS",
  "survey-respondents": "SURVEY_RESPONDENTS",
};

export const populationFromDb = (value: PopulationDb) =>
  value.toLowerCase().replaceAll("_", "-") as SnapshotPopulation;

/** How a source note names the population: "(job postings, June 2026)". */
export const POPULATION_LABEL: Record<SnapshotPopulation, string> = {
  "job-postings": "job postings",
  "employed-workers": "wages of employed workers",
  "survey-respondents": "survey respondents",
};
