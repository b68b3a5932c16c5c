// Prerendered pages cannot ask the server who is signed in. The script in <head> marks
// <html data-signed-in> from the signed-in hint cookie before the first frame
// (lib/theme/theme-init-script.ts; account-nav.tsx keeps it in step after navigations), and these
// classes hide what is not for this visitor, so nothing is swapped in after hydration (the header's
// links did that, moving the theme button). Without JavaScript nothing sets the mark, so what is for
// a signed-out visitor shows.

/** Shown only to a visitor the hint says is signed in. */
export const ONLY_SIGNED_IN = "[:root:not([data-signed-in])_&]:hidden";

/** Shown only to a visitor the hint does not say is signed in. */
export const ONLY_SIGNED_OUT = "[:root[data-signed-in]_&]:hidden";
