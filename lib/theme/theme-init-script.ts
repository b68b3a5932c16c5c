// Applies the colour theme before first paint: components/layout/theme-init.tsx puts this text in an
// inline <script type="module" async blocking="render"> in every page's <head>. It costs no request of its
// own (as a file it was one more round trip before the first paint on a slow phone; issue 18), and
// it does not stop the parser: a classic inline script after the stylesheet (React puts stylesheets
// first in <head>) waits for the stylesheet, and the rest of the page is read only after it.
// blocking="render" holds the first frame until it has run (Chromium; on a busy machine a frame
// rarely gets through before it, so nothing may move when it runs: see theme-toggle.tsx). A browser
// without it queues the script as soon as the parser reaches it, in <head>, before the body it
// would paint. The Content-Security-Policy allows exactly this text by its hash
// (lib/security/csp.ts), so keep it a fixed string: no interpolation, nothing that differs between
// builds or requests. Runs as a module, so in strict mode; plain ES5 otherwise, no dependencies, no
// imports (an import would hold the first frame for a request).
//
// localStorage "theme" holds the choice: "light", "dark" or "system" (also when absent).
// <html data-theme> always holds the resolved theme: "light" or "dark"; <html data-theme-choice> the
// choice, so the theme toggle's icon and name can follow it in CSS from the first frame, with nothing
// for React to change after hydration. components/layout/theme-toggle.tsx writes the same key and
// attributes.
//
// On a theme change every colour switches at once, not through each control's hover transition:
// app/globals.css turns transitions off while data-theme-switching is set (two frames).
// It follows the operating system while the choice is "system", and a choice made in another tab.
// It also sets <html data-signed-in> from the signed-in hint cookie ("signed_in",
// lib/accounts/signed-in-hint.ts): the header shows the signed-in links by it from the first frame,
// rather than swapping them in after hydration (account-nav.tsx keeps the mark in step later).
//
// And <html data-render-all> in a document that lands mid-page: a reload, a back or forward (the
// load, or a later one in the same document), a #fragment. Long pages lay out only what nears the
// viewport (render-near-view in app/globals.css), the rest held at an estimated height; such a load
// was put at the reader's place against those estimates, and the page moved under the reader as
// the real heights came (0.01 to 0.42 of layout shift on a role page), or back lost the place. With
// the mark the whole page is laid out, so the place is found and nothing moves.
// Also when a link is followed after a scroll of more than a window's height to below the first
// window (the scroll bar, End, find in page, a script): the sections jumped over were never laid
// out, so the offset a client-side back restored, on the page then laid out whole, showed other
// content (740 px above the place at 1350 px, 2,000 at 360). Laid out whole at the click (at once,
// before the router swaps the page: the frame after the click would do the same layout), the view
// stays (scroll anchoring), and the offset recorded for back is the whole page's. Not at the jump:
// the page would grow under a view that jumped to its end (the footer moved away, 0.46 of layout
// shift). A scroll of a window or less lays out what it passes, so reading keeps the saving, and
// back finds the place; so does Next.js's scroll to the top of a new page (the first window).

export const THEME_INIT_SCRIPT = `(function () {
  var KEY = "theme";
  var root = document.documentElement;
  var query = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function choice() {
    try {
      var value = window.localStorage.getItem(KEY);
      return value === "light" || value === "dark" ? value : "system";
    } catch (e) {
      return "system";
    }
  }
  function apply() {
    var chosen = choice();
    var resolved = chosen === "system" ? (query && query.matches ? "dark" : "light") : chosen;
    var previous = root.getAttribute("data-theme");
    if (previous && previous !== resolved && window.requestAnimationFrame) {
      root.setAttribute("data-theme-switching", "");
      window.requestAnimationFrame(function () {
        window.requestAnimationFrame(function () {
          root.removeAttribute("data-theme-switching");
        });
      });
    }
    root.setAttribute("data-theme", resolved);
    root.setAttribute("data-theme-choice", chosen);
  }
  apply();
  // Not the theme, but for the same first frame: the header's links, and long pages (above).
  if (/(?:^|;\\s*)signed_in=/.test(document.cookie)) root.setAttribute("data-signed-in", "");
  var timing = window.performance;
  var entry = timing && timing.getEntriesByType ? timing.getEntriesByType("navigation")[0] : null;
  function renderAll() {
    root.setAttribute("data-render-all", "");
  }
  if (window.location.hash || (entry && (entry.type === "reload" || entry.type === "back_forward"))) {
    renderAll();
  }
  window.addEventListener("popstate", renderAll);
  var lastY = window.scrollY;
  var jumped = false;
  function onScroll() {
    var y = window.scrollY;
    jumped = Math.abs(y - lastY) > window.innerHeight && y > window.innerHeight;
    lastY = y;
    if (jumped) window.removeEventListener("scroll", onScroll);
  }
  window.addEventListener("scroll", onScroll, { passive: true });
  document.addEventListener("click", function (event) {
    if (jumped && event.target.closest && event.target.closest("a[href]")) {
      jumped = false;
      renderAll();
      void root.offsetHeight;
    }
  }, true);
  if (query) {
    var onSystemChange = function () {
      if (choice() === "system") apply();
    };
    if (query.addEventListener) query.addEventListener("change", onSystemChange);
    else if (query.addListener) query.addListener(onSystemChange);
  }
  window.addEventListener("storage", function (event) {
    if (event.key === KEY || event.key === null) apply();
  });
})();`;
