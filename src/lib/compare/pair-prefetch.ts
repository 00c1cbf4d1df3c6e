/**
 * The on-demand 新旧対照表 (compare/any/?old=…&new=…) asks for its two plans' JSON while the page is still
 * being read, not after its scripts have come: on a slow network (Slow 3G: 2 s a request) that saves a
 * round trip. The script is written into the page as it is (inline, right after the element that holds
 * the files' addresses); the Content-Security-Policy allows exactly this text by its hash (src/index.ts).
 * It only starts the requests and leaves them in PAIR_PREFETCH_GLOBAL; taishou-client.ts takes each
 * response from there, or asks itself when the prefetch did not run.
 */

/** The global the prefetched responses wait in, by file address. */
export const PAIR_PREFETCH_GLOBAL = '__plansPairPrefetch';

/** The inline script: plain JavaScript, the same text on every page (its hash is in the CSP). */
export const PAIR_PREFETCH_SCRIPT = `(() => {
  const root = document.getElementById('taishou-any');
  const query = new URLSearchParams(location.search);
  if (!root || !root.dataset.pair) return;
  const files = JSON.parse(root.dataset.pair).files;
  const started = {};
  for (const year of [query.get('old'), query.get('new')]) {
    const file = year && Object.hasOwn(files, year) ? files[year] : undefined;
    if (file && !started[file]) started[file] = fetch(file);
  }
  window.${PAIR_PREFETCH_GLOBAL} = started;
})();`;
