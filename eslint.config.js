// @ts-check
// `npm run lint`: ESLint (typescript-eslint's recommended rules, and Astro's for .astro files) and Prettier.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.dist.building-*/',
      '.dist.previous-*/',
      'build/',
      'test-results/',
      'bench-results/',
      'node_modules/',
      '**/.astro/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore names what a signature or a destructuring must have but the code does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests build deliberately malformed plans; typing each of them would only restate the schema.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
