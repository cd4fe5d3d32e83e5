// The Print button of the printed pages (overrides/hooks/printed.py): the browser's own print
// dialog. The button stays hidden where this script does not run, so it never does nothing.
for (const button of document.querySelectorAll("button[data-print]")) {
  button.addEventListener("click", () => window.print());
  button.hidden = false;
}
