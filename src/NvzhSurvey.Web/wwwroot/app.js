// Small browser helpers used by the app (kept tiny: the UI is Blazor Server).
window.nvzh = window.nvzh || {};
