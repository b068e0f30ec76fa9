// Lint gate: TypeScript rules, React hooks, no untranslated UI strings, and the import arrows of DESIGN.md.
// A wrong import (a feature reaching into another feature, the server into storage…) fails `npm run lint`.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layers = ['domain', 'protocol', 'storage', 'sync', 'lib', 'ui', 'features', 'app', 'server'];
// What each layer may import (besides itself). Everything else under src/ is forbidden.
const allowed = {
  domain: [],
  protocol: ['domain'],
  storage: ['domain'],
  sync: ['domain', 'protocol', 'storage'],
  lib: ['domain'],
  ui: ['lib'],
  features: ['domain', 'protocol', 'storage', 'sync', 'lib', 'ui'],
  app: ['domain', 'protocol', 'storage', 'sync', 'lib', 'ui', 'features'],
  server: ['domain', 'protocol'],
};

const arrowRules = layers.map((layer) => {
  const forbidden = layers.filter((l) => l !== layer && !allowed[layer].includes(l));
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: forbidden.flatMap((l) => [`@/${l}`, `@/${l}/*`]),
              message: `src/${layer} may import only: ${allowed[layer].join(', ') || 'nothing in src'} (DESIGN.md).`,
            },
            { group: ['../*'], message: 'Use the @/ alias across folders.' },
          ],
        },
      ],
    },
  };
});

// Features never import each other: each feature folder may import only itself among features.
const featureIsolation = {
  files: ['src/features/*/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@/server', '@/server/*', '@/app', '@/app/*'],
            message: 'features may not import app or server.',
          },
          {
            regex: '^@/features/',
            message: 'A feature never imports another feature; share through domain, storage, lib or ui.',
          },
          { group: ['../../*'], message: 'Use the @/ alias across folders.' },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'dev-dist', 'tests/bench/out', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  ...arrowRules,
  featureIsolation,
  {
    files: ['src/ui/**/*.tsx', 'src/features/**/*.tsx', 'src/app/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['aria-label', 'title', 'placeholder', 'alt'] },
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,mjs,js}', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-console': 'off' },
  },
);
