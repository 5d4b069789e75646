// Small browser helpers used by the app (kept tiny: the UI is Blazor Server).
window.nvzh = window.nvzh || {};

// Scrolls to an element of the interview form (a missing answer) and focuses its first input.
window.nvzh.focusElement = function (id) {
    const element = document.getElementById(id);
    if (!element) { return; }
    element.scrollIntoView({ behavior: "smooth", block: "center" });
    const input = element.querySelector("input, textarea, button");
    (input || element).focus({ preventScroll: true });
};
