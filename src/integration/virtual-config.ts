import type { Plugin } from 'vite';
import type { SiteSettings } from './options.ts';

const ID = 'virtual:gyosei-plans/config';

/** Hands the site's settings to pages and to the content loader as `virtual:gyosei-plans/config`. */
export function virtualConfig(settings: SiteSettings): Plugin {
  return {
    name: 'gyosei-plans:config',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(settings)};` : undefined),
  };
}
