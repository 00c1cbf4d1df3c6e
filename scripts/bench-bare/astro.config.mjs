// The floor the benchmark compares against: a bare Astro site with as many trivial pages as ours.
import { defineConfig } from 'astro/config';

export default defineConfig({ build: { format: 'directory' }, devToolbar: { enabled: false } });
