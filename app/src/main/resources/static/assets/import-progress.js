// Polls an import's progress and shows the rows processed. When the import ends it says so (in the
// live region) and reveals the link to the result, moving focus to it. Without JavaScript the page
// offers a "Check progress" link instead.
const panel = document.getElementById('import-progress');
if (panel) {
  const url = panel.dataset.progressUrl;
  const rows = document.getElementById('import-progress-rows');
  const file = document.getElementById('import-progress-file');
  const finished = document.getElementById('import-finished');
  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (response.ok) {
        const progress = await response.json();
        rows.textContent = progress.rows.toLocaleString('en-GB');
        file.textContent = progress.file ? '(' + progress.file + ')' : '';
        if (progress.done) {
          finished.hidden = false;
          finished.querySelector('a').focus();
          return;
        }
      }
    } catch (e) {
      // A network hiccup: try again on the next tick.
    }
    window.setTimeout(poll, 1000);
  };
  window.setTimeout(poll, 500);
}
