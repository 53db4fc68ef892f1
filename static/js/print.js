// The "Afdrukken" buttons (a beslishulp's result): shown only where this
// script runs, in place of the hint to use the browser's own print menu,
// which is what a visitor without JavaScript reads.
document.querySelectorAll("button[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
});
document.querySelectorAll("[data-print-hint]").forEach((hint) => {
    hint.hidden = true;
});
