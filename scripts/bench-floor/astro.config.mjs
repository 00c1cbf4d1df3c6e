// The same-bytes floor the benchmark compares the site's build against: a bare Astro site whose routes
// emit, unchanged, the files a build of the site wrote (FLOOR_MANIFEST lists them), at the same URLs in
// the same directory format: what the framework and the disk cost for the same output.
import { defineConfig } from 'astro/config';

export default defineConfig({ build: { format: 'directory' }, trailingSlash: 'always', devToolbar: { enabled: false } });
