/**
 * The browser side of search: Pagefind's JS API with the query normalised like the index and parsed
 * (query.ts: a fiscal year becomes the year filter; each word is searched with its other spellings,
 * names and readings from the index's lexicon), filters from the form, results rendered with DOM APIs
 * (plan text is never inserted as HTML), and the count announced through the page's live region.
 * Pages that match every word come first, those matching only some are labelled as partial; among
 * them pages that hold the query as one phrase come before those holding its words apart, a page whose
 * title names the words goes up, and comparison pages go below plans. Each result links to the heading of the project or section where
 * the words weigh most, and lists the other headings that match.
 */
import { normalizeForSearch } from './normalize.ts';
import { parseQuery, type Lexicon } from './query.ts';
import { pagefindModule } from '../view/urls.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

const PAGE_SIZE = 10;
/** Results shown while the rest load: a slow connection shows these first. */
const FIRST_BATCH = 5;
/** Passages shown per page: the best, and other headings that match. */
const PASSAGES = 3;
const FILTERS = ['municipality', 'department', 'year'] as const;

interface Ranked {
  result: PagefindResult;
  score: number;
  /** Every word of the query (by one of its alternatives) is on the page. */
  complete: boolean;
}

/** Whether a title names every word (by one of its alternatives). */
const titleNames = (title: string, words: string[][]) =>
  words.length > 0 && words.every((alts) => alts.some((w) => title.toLowerCase().includes(w.toLowerCase())));

/**
 * Searches each word's alternatives and combines them per page: a page's score is the sum of its words'
 * best, doubled where the page's own title (municipality, unit, year: `titleOf`, when the page table
 * knows it) names every word.
 */
async function rank(
  pagefind: Pagefind,
  query: ReturnType<typeof parseQuery>,
  filters: Record<string, string>,
  words: string[][],
  titleOf: (id: string) => string | undefined,
): Promise<Ranked[]> {
  if (query.parts.length === 0) {
    const { results } = await pagefind.search(null, { filters });
    return results.map((result) => ({ result, score: result.score, complete: true }));
  }
  const perWord = await Promise.all(
    query.parts.map(async ({ alternatives }) => {
      const best = new Map<string, { result: PagefindResult; score: number }>();
      const found = await Promise.all(
        alternatives.map(async (a) => ({ a, results: (await pagefind.search(a.term, { filters })).results })),
      );
      for (const { a, results } of found)
        for (const result of results) {
          const score = result.score * a.weight;
          if ((best.get(result.id)?.score ?? -1) < score) best.set(result.id, { result, score });
        }
      return best;
    }),
  );
  const pages = new Map<string, Ranked & { words: number }>();
  for (const word of perWord)
    for (const [id, { result, score }] of word) {
      const page = pages.get(id) ?? { result, score: 0, complete: false, words: 0 };
      page.score += score;
      page.words++;
      pages.set(id, page);
    }
  return [...pages.values()]
    .map((p) => ({
      result: p.result,
      score: p.score * (titleNames(titleOf(p.result.id) ?? '', words) ? 2 : 1),
      complete: p.words === query.parts.length,
    }))
    .sort((a, b) => Number(b.complete) - Number(a.complete) || b.score - a.score || (a.result.id < b.result.id ? -1 : 1));
}

/**
 * Re-ranks loaded results: pages that hold the whole query as one phrase come before those that hold its
 * words apart; within each, a plan whose own title (municipality, unit, year) names every word goes up
 * and comparison pages (no plan of their own) go down.
 */
function rerank(items: { ranked: Ranked; data: PagefindResultData }[], words: string[][], phrases: string[], titled: boolean) {
  // How the page holds the query as one phrase: 2 as typed, 1 in another spelling, 0 only as scattered words.
  const phraseTier = (data: PagefindResultData) => {
    const text = data.content.toLowerCase().replace(/\s+/g, '');
    if (phrases[0]!.length >= 2 && text.includes(phrases[0]!.toLowerCase())) return 2;
    return phrases.some((p) => p.length >= 2 && text.includes(p.toLowerCase())) ? 1 : 0;
  };
  const boost = ({ ranked, data }: { ranked: Ranked; data: PagefindResultData }) => {
    let factor = 1;
    // Unless rank() did, with the page table.
    if (!titled && titleNames(data.meta.title ?? '', words)) factor *= 2;
    if (/\/compare\//.test(data.url)) factor *= 0.3;
    return ranked.score * factor;
  };
  // A query of several words (or one written without spaces that the index splits) found as one phrase
  // is a match of the whole query; the same words scattered over a page come after it, whatever their count.
  return items
    .map((item) => ({ ...item, tier: phraseTier(item.data), final: boost(item) }))
    .sort((a, b) => Number(b.ranked.complete) - Number(a.ranked.complete) || b.tier - a.tier || b.final - a.final);
}

export async function startSearch(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const messages = JSON.parse(form.dataset.messages!) as Record<'loading' | 'count' | 'none' | 'error' | 'partial', string>;
  const base = form.dataset.base!;
  const lang = document.documentElement.lang;
  // One pass with a function: a query containing "$&" or "{n}" must be shown as typed.
  const say = (template: string, q: string, n = 0) =>
    (status.textContent = template.replace(/\{(q|n)\}/g, (_, key: string) => (key === 'q' ? q : String(n))));

  // Restore the state a shared or reloaded URL carries.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? input.value;
  for (const name of FILTERS) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (select && params.get(name)) select.value = params.get(name)!;
  }

  let pagefind: Pagefind;
  let lexicon: Lexicon = { alt: {}, read: {} };
  try {
    // The lexicon loads beside Pagefind; a site indexed without one searches the words alone.
    const [module, words] = await Promise.all([
      import(/* @vite-ignore */ pagefindModule(base)) as Promise<Pagefind>,
      fetch(`${base}pagefind/lexicon.${lang}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<Lexicon>) : lexicon))
        .catch(() => lexicon),
    ]);
    pagefind = module;
    lexicon = words;
    // On the main thread: a worker would fetch its script, then the entry, wasm and metadata again,
    // a round trip after the files the page asked for ahead (data-preload); the tag makes the entry's URL
    // the one asked for ahead.
    await pagefind.options({
      baseUrl: base,
      excerptLength: 40,
      noWorker: true,
      ...(form.dataset.pagefindTag ? { metaCacheTag: form.dataset.pagefindTag } : {}),
    });
    await pagefind.init();
  } catch {
    status.textContent = messages.error;
    return;
  }
  const yearSelect = form.elements.namedItem('year') as HTMLSelectElement | null;

  let latest = 0;
  const run = async () => {
    const q = input.value.trim();
    const filters: Record<string, string> = {};
    const url = new URL(location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    for (const name of FILTERS) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
      if (value) {
        filters[name] = value;
        url.searchParams.set(name, value);
      }
    }
    history.replaceState(null, '', url);
    const ticket = ++latest;
    if (!q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = messages.loading;
    // Wait out fast typing: only the last keystroke's search runs.
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (ticket !== latest) return;
    const query = parseQuery(q, lexicon);
    // A year typed in the query narrows to that year's plans, when the site has plans of that year.
    const yearOption =
      query.year && !filters.year ? yearSelect?.querySelector<HTMLOptionElement>(`option[data-year="${query.year}"]`) : null;
    if (yearOption) filters.year = yearOption.value;
    else if (query.year) query.parts.push({ word: String(query.year), alternatives: [{ term: String(query.year), weight: 1 }] });
    const words = query.parts.map((p) => p.alternatives.filter((a) => a.weight >= 0.9).map((a) => a.term));
    const titled = lexicon.pages !== undefined;
    const every = await rank(pagefind, query, filters, words, (id) => lexicon.pages?.[id]?.[1]);
    const ranked = every.slice(0, PAGE_SIZE);
    if (ticket !== latest) return;
    // The query as one phrase, in the words as typed or as their alternatives (ぼうはん かめら → 防犯カメラ).
    const phrases = words
      .reduce<string[]>((all, alts) => all.flatMap((p) => alts.map((a) => p + a)).slice(0, 8), [''])
      .map((p) => normalizeForSearch(p).replace(/\s+/g, ''));
    // The first few as soon as they arrive, then all of them in their final order.
    // Where the site's page table names them, the first results show at once, titled and placed but
    // without excerpts, which come with the fragments a round trip later.
    const known = ranked.slice(0, FIRST_BATCH).map((r) => lexicon.pages?.[r.result.id]);
    if (known.length && known.every(Boolean))
      list.replaceChildren(...known.map((p, i) => renderKnown(p!, !ranked[i]!.complete, messages.partial)));
    const load = (r: Ranked) => r.result.data().then((data) => ({ ranked: r, data }));
    const first = await Promise.all(ranked.slice(0, FIRST_BATCH).map(load));
    if (ticket !== latest) return;
    list.replaceChildren(...rerank(first, words, phrases, titled).map((i) => renderResult(i.data, !i.ranked.complete, messages.partial)));
    const all = rerank([...first, ...(await Promise.all(ranked.slice(FIRST_BATCH).map(load)))], words, phrases, titled);
    if (ticket !== latest) return;
    list.replaceChildren(...all.map((i) => renderResult(i.data, !i.ranked.complete, messages.partial)));
    say(every.length ? messages.count : messages.none, q, every.length);
  };

  input.addEventListener('input', run);
  form.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  await run();
}

/**
 * The parts of the page where the words are, best first: a heading's section (its URL ends in the
 * heading's #id), or the top of the page (titled with the page's title). The first such part wins a tie.
 */
function passages(data: PagefindResultData): Pick<PagefindSubResult, 'title' | 'url' | 'excerpt'>[] {
  const score = (s: PagefindSubResult) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  const found = data.sub_results
    .map((s, i) => ({ s, i, score: score(s) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ s }) => (s.url !== data.url ? s : { title: data.meta.title ?? data.url, url: data.url, excerpt: s.excerpt }));
  return found.length ? found.slice(0, PASSAGES) : [{ title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt }];
}

/** A result from the page table: the plan's title (a link to it) and its municipality, unit and year. */
function renderKnown([url, title, municipality, department, year]: string[], partial: boolean, partialLabel: string): HTMLLIElement {
  return renderResult(
    {
      url: url!,
      excerpt: '',
      content: '',
      meta: { title: title! },
      filters: { municipality: [municipality!], department: [department!], year: [year!] },
      sub_results: [],
    },
    partial,
    partialLabel,
  );
}

/**
 * The heading found (a link to it), the plan's municipality, unit and year, then the excerpt; a result
 * matching only some words says so; other headings that match follow as a list.
 */
function renderResult(data: PagefindResultData, partial: boolean, partialLabel: string): HTMLLIElement {
  const [passage, ...more] = passages(data) as [ReturnType<typeof passages>[number], ...ReturnType<typeof passages>];
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = passage.url;
  link.textContent = passage.title;
  const heading = document.createElement('h2');
  heading.append(link);
  const context = document.createElement('p');
  const [municipality, department, year] = FILTERS.map((name) => data.filters[name]?.[0] ?? '');
  context.textContent = [[municipality, department].filter(Boolean).join(' '), year].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(passage.excerpt));
  item.append(heading, context, excerpt);
  if (partial) {
    const note = document.createElement('p');
    note.className = 'search-partial';
    note.textContent = partialLabel;
    item.append(note);
  }
  if (more.length) {
    const others = document.createElement('ul');
    others.className = 'search-more';
    others.append(
      ...more.map((p) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = p.url;
        a.textContent = p.title;
        const text = document.createElement('p');
        text.append(...excerptNodes(p.excerpt));
        li.append(a, text);
        return li;
      }),
    );
    item.append(others);
  }
  return item;
}

/** Pagefind's excerpt with only its <mark> highlights kept; everything else becomes plain text. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  return [...doc.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}
