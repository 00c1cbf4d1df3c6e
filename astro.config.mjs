// @ts-check
// The demo site: the plans in content/, built by the gyosei-plans integration as any other
// municipality's site is (see README, "Start a site for your municipality"), but from this
// repository's source: a site imports 'gyosei-plans', the compiled package (build/, made when packing).
import { defineConfig } from 'astro/config';
import plans from './src/index.ts';

export default defineConfig({
  integrations: [
    plans({
      title: { ja: '自治体 部の運営方針', en: 'Japanese Local Government Department Plans' },
      // SITE_URL and BASE_PATH (set by the Pages workflow) override these at build time.
      site: 'https://plans.example.org',
    }),
  ],
});
