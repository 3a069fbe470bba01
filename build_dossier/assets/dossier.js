/* build-dossier: small progressive enhancements; every page reads without them.
   - search: the overlay dialog gets an accessible name;
   - tables: every plain Markdown table becomes sortable (tablesort, vendored: works offline);
   - print: collapsed blocks (removed boilerplate) open, so a printout hides nothing.
   Material's document$ fires on each page view; without it (another theme) wait for the DOM. */
(function () {
  function init() {
    // Material's search overlay is a dialog without a name; screen readers announce it as one.
    document.querySelectorAll(".md-search[role=dialog]:not([aria-label])").forEach(function (d) {
      d.setAttribute("aria-label", "Search");
    });
    if (typeof Tablesort === "undefined") return;
    document.querySelectorAll("article table:not([class])").forEach(function (table) {
      if (table.dataset.sortable) return;
      table.dataset.sortable = "1";
      new Tablesort(table);
    });
  }
  if (typeof document$ !== "undefined" && document$.subscribe) document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("article details:not([open])").forEach(function (d) {
      d.setAttribute("open", "");
      d.dataset.printOpened = "1";
    });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("article details[data-print-opened]").forEach(function (d) {
      d.removeAttribute("open");
      delete d.dataset.printOpened;
    });
  });
})();
