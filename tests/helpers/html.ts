/**
 * A tiny HTML tokenizer for build tests: enough to read tags and attributes of the HTML Astro emits,
 * without a parser dependency. It skips comments, doctype, and the content of script, style,
 * textarea and title; attribute values are entity-decoded.
 */

export interface Tag {
  /** Lower-case tag name. */
  name: string;
  /** True for an end tag (</p>). */
  end: boolean;
  /** True for `<br/>`-style self-closing syntax. */
  selfClosing: boolean;
  attrs: Record<string, string>;
  /** Offset of the '<' in the source. */
  offset: number;
  /** Offset just past the tag's '>': where the text after it starts. */
  endOffset: number;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
export const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

export function tokenize(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const close = html.indexOf('>', lt);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64));
    if (!m) {
      i = lt + 1;
      continue;
    }
    const end = m[1] === '/';
    const name = m[2]!.toLowerCase();
    // Attributes: scan to the closing '>' outside quotes.
    let j = lt + m[0].length;
    const attrs: Record<string, string> = {};
    const attrRe = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?|\s*(\/?)>|\s*\//y;
    let selfClosing = false;
    for (;;) {
      attrRe.lastIndex = j;
      const a = attrRe.exec(html);
      if (!a) {
        j = html.indexOf('>', j);
        j = j < 0 ? html.length : j + 1;
        break;
      }
      j = attrRe.lastIndex;
      if (a[0].endsWith('>') && a[1] === undefined) {
        selfClosing = a[5] === '/';
        break;
      }
      if (a[1] !== undefined) {
        const key = a[1].toLowerCase();
        if (!(key in attrs)) attrs[key] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
      }
    }
    tags.push({ name, end, selfClosing, attrs, offset: lt, endOffset: j });
    i = j;
    if (!end && RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      i = close < 0 ? html.length : close;
    }
  }
  return tags;
}

/** Start tags only. */
export const startTags = (tags: Tag[], name?: string) => tags.filter((t) => !t.end && (name === undefined || t.name === name));

/** A readable description of a tag for failure messages: `<a href="/x/" class="y">`. */
export function describeTag(tag: Tag): string {
  const attrs = Object.entries(tag.attrs).map(([k, v]) => (v === '' ? k : `${k}="${v.length > 80 ? `${v.slice(0, 77)}...` : v}"`));
  return `<${tag.name}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`;
}

export interface UrlRef {
  /** The element and attribute the URL came from, e.g. 'a[href]'. */
  where: string;
  url: string;
  tag: Tag;
}

/**
 * Every URL a page refers to: a/area/link[href], img/script/source/iframe/audio/video/track/embed[src],
 * img/source[srcset] (each candidate), video[poster], object[data], form[action], and
 * <meta property="og:image|og:url"> content. Empty and javascript: URLs are included for the caller to judge.
 */
export function urlRefs(tags: Tag[]): UrlRef[] {
  const out: UrlRef[] = [];
  for (const tag of startTags(tags)) {
    const add = (attr: string, url: string) => out.push({ where: `${tag.name}[${attr}]`, url: url.trim(), tag });
    const { attrs } = tag;
    if (['a', 'area', 'link', 'base'].includes(tag.name) && attrs.href !== undefined) add('href', attrs.href);
    if (['img', 'script', 'source', 'iframe', 'audio', 'video', 'track', 'embed', 'input'].includes(tag.name) && attrs.src !== undefined)
      add('src', attrs.src);
    if (['img', 'source'].includes(tag.name) && attrs.srcset !== undefined) {
      for (const candidate of attrs.srcset.split(/,\s+|,(?=\S)/)) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) add('srcset', url);
      }
    }
    if (tag.name === 'video' && attrs.poster !== undefined) add('poster', attrs.poster);
    if (tag.name === 'object' && attrs.data !== undefined) add('data', attrs.data);
    if (tag.name === 'form' && attrs.action !== undefined) add('action', attrs.action);
    if (tag.name === 'meta' && /^(og:(image|url)|twitter:image)$/.test(attrs.property ?? attrs.name ?? '') && attrs.content)
      add('content', attrs.content);
  }
  return out;
}

/** Every id in the page (and `<a name>`, which also serves as a fragment target). */
export function idsOf(tags: Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of startTags(tags)) {
    if (tag.attrs.id !== undefined) ids.add(tag.attrs.id);
    if (tag.name === 'a' && tag.attrs.name !== undefined) ids.add(tag.attrs.name);
  }
  return ids;
}
