// Polls an import's progress and shows the rows processed. When the import ends, the page's main
// content and title are replaced in place by the result (fetched from the same address) and focus
// moves to its heading, so screen reader users hear the outcome. Without JavaScript the page offers a
// "Check progress" link instead.
const panel = document.getElementById('import-progress');
if (panel) {
  const url = panel.dataset.progressUrl;
  const rows = document.getElementById('import-progress-rows');
  const file = document.getElementById('import-progress-file');
  const showResult = async () => {
    const response = await fetch(window.location.href, { credentials: 'same-origin' });
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const main = page.getElementById('main-content');
    if (!response.ok || !main) {
      window.location.reload();
      return;
    }
    document.title = page.title;
    document.getElementById('main-content').replaceWith(main);
    const heading = main.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  };
  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (response.ok) {
        const progress = await response.json();
        rows.textContent = progress.rows.toLocaleString('en-GB');
        file.textContent = progress.file ? '(' + progress.file + ')' : '';
        if (progress.done) {
          await showResult();
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
