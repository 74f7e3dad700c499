// Polls an import's progress and shows the rows processed; reloads the page when the import ends.
const panel = document.getElementById('import-progress');
if (panel) {
  const url = panel.dataset.progressUrl;
  const rows = document.getElementById('import-progress-rows');
  const file = document.getElementById('import-progress-file');
  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) {
        return;
      }
      const progress = await response.json();
      rows.textContent = progress.rows.toLocaleString('en-GB');
      file.textContent = progress.file ? '(' + progress.file + ')' : '';
      if (progress.done) {
        window.location.reload();
        return;
      }
    } catch (e) {
      // Network hiccup: try again on the next tick.
    }
    window.setTimeout(poll, 1000);
  };
  window.setTimeout(poll, 500);
}
