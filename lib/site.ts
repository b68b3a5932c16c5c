// The product's name and one-line description, in one place: metadata, header, footer and
// pages read them from here, so renaming the app is a one-line change.
export const site = {
  name: "Gradient Prep",
  description:
    "Compare Data Scientist and Machine Learning Engineer roles on sourced, dated market data, and practise the interview questions those roles ask about.",
} as const;
