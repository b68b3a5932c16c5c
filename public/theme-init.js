/*
 * Applies the colour theme before first paint. Loaded by app/layout.tsx as a blocking
 * <script src> in <head> (an external file, because the Content-Security-Policy forbids inline
 * scripts). Keep it tiny, dependency-free and ES5.
 *
 * localStorage "theme" holds the choice: "light", "dark" or "system" (also when absent).
 * <html data-theme> always holds the resolved theme: "light" or "dark".
 * components/layout/theme-toggle.tsx writes the same key and attribute.
 */
(function () {
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
    // A theme change switches every colour at once, not through each control's hover transition
    // (app/globals.css turns transitions off while this attribute is set).
    if (previous && previous !== resolved && window.requestAnimationFrame) {
      root.setAttribute("data-theme-switching", "");
      window.requestAnimationFrame(function () {
        window.requestAnimationFrame(function () {
          root.removeAttribute("data-theme-switching");
        });
      });
    }
    root.setAttribute("data-theme", resolved);
  }

  apply();

  // Follow the operating system while the choice is "system".
  if (query) {
    var onSystemChange = function () {
      if (choice() === "system") apply();
    };
    if (query.addEventListener) query.addEventListener("change", onSystemChange);
    else if (query.addListener) query.addListener(onSystemChange);
  }

  // Follow a choice made in another tab.
  window.addEventListener("storage", function (event) {
    if (event.key === KEY || event.key === null) apply();
  });
})();
