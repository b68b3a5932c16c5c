// The product's name and one-line description, in one place: metadata, header, footer and
// pages read them from here, so renaming the app is a one-line change.
export const site = {
  name: "Gradient Prep",
  description:
    "Compare Data Scientist and Machine Learning Engineer roles on sourced, dated market data, and practise the interview questions those roles ask about.",
} as const;

/**
 * The public pages at fixed addresses, as the sitemap lists them (the per-role, per-pair,
 * per-question and per-skill pages are added from the database). A test compares this list with
 * the page folders of app/(marketing) and app/(content).
 */
export const STATIC_PUBLIC_PATHS = ["/", "/roles", "/compare", "/questions", "/methodology"] as const;

/** Public pages at fixed addresses that are not for search engines. */
export const UNLISTED_PUBLIC_PATHS = ["/unavailable"] as const;
