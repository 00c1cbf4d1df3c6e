/**
 * The browser side of search: Pagefind's JS API with the query normalised like the index, filters from
 * the form, results rendered with DOM APIs (plan text is never inserted as HTML), and the count
 * announced through the page's live region. Each result links to the heading of the project or section
 * where the words weigh most (Pagefind's sub-results: headings with an id), and names its plan.
 */
import { normalizeForSearch } from './normalize.ts';
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
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    options?: Record<string, unknown>,
    timeout?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const PAGE_SIZE = 10;
const FILTERS = ['municipality', 'department', 'year'] as const;

export async function startSearch(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const messages = JSON.parse(form.dataset.messages!) as Record<'loading' | 'count' | 'none' | 'error', string>;
  const base = form.dataset.base!;
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
  try {
    pagefind = (await import(/* @vite-ignore */ pagefindModule(base))) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 40 });
    await pagefind.init();
  } catch {
    status.textContent = messages.error;
    return;
  }

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
    const search = await pagefind.debouncedSearch(q ? normalizeForSearch(q) : '', { filters }, 200);
    if (search === null || ticket !== latest) return; // a newer keystroke superseded this search
    const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...data.map(renderResult));
    say(search.results.length ? messages.count : messages.none, q, search.results.length);
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
 * The part of the page where the words weigh most: a heading's section (its URL ends in the heading's
 * #id), or the top of the page (titled with the page's title). The first such part wins a tie.
 */
function bestPassage(data: PagefindResultData): Pick<PagefindSubResult, 'title' | 'url' | 'excerpt'> {
  const score = (s: PagefindSubResult) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  const best = data.sub_results.reduce<PagefindSubResult | undefined>(
    (top, s) => (top === undefined || score(s) > score(top) ? s : top),
    undefined,
  );
  return best && best.url !== data.url
    ? best
    : { title: data.meta.title ?? data.url, url: data.url, excerpt: best?.excerpt ?? data.excerpt };
}

/** The heading found (a link to it), the plan's municipality, unit and year, then the excerpt. */
function renderResult(data: PagefindResultData): HTMLLIElement {
  const passage = bestPassage(data);
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
