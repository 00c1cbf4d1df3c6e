// @ts-check
// The demo site: the plans in content/, built by the gyosei-plans integration exactly as any other
// municipality's site is (see README, "Start a site for your municipality").
import { defineConfig } from 'astro/config';
import plans from 'gyosei-plans';

export default defineConfig({
  integrations: [
    plans({
      title: { ja: '自治体 部の運営方針', en: 'Japanese Local Government Department Plans' },
      // SITE_URL and BASE_PATH (set by the Pages workflow) override these at build time.
      site: 'https://plans.example.org',
    }),
  ],
});
