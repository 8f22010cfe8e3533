// Lint rules, including the layering: shared/ is pure, the core never imports Electron,
// the renderer reaches data only through the API client.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnly = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'better-sqlite3',
  'pdfkit',
  'sharp',
  'electron',
];

// The core's own layering: each domain owns its tables, and arrows point down. A domain reaches
// another domain only through its public service, never its *-repository (its SQL) nor api/
// (which sits above every domain and joins them). db/ sits below every domain.
/** Also read by tests/unit/core/core-import-graph.test.ts: one list of the core's domains. */
export const coreDomains = [
  'access',
  'audit',
  'backups',
  'images',
  'library',
  'patients',
  'pdf',
  'plans',
  'recovery',
  'settings',
  'visits',
];
const coreHostRule = {
  paths: [
    { name: 'electron', message: 'The core also runs in the browser host: no Electron here.' },
  ],
  patterns: [
    {
      group: ['**/electron/main/**', '**/renderer/**'],
      message: 'The core must not depend on a host or the UI.',
    },
  ],
};
const upwards = {
  group: ['../api', '../api/**', '../app-core', '../startup'],
  message: 'A domain never imports api/ or the core shell: they sit above every domain.',
};

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['electron/**/*.{ts,mjs,js,cjs}', 'tests/**/*.{ts,mjs}', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'The renderer reaches data only through the API client.' },
            { group: ['**/electron/**'], message: 'The renderer must not import the Node side.' },
          ],
        },
      ],
    },
  },
  {
    // Words on screen come from the message files (resources/locales), never from the JSX:
    // a literal here would stay English in every language.
    files: ['renderer/src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-z]{2,}/]',
          message: 'Screen text goes in resources/locales/en/<namespace>.json: use t().',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(label|aria-label|title|placeholder|description|alt|error|confirmLabel|cancelLabel)$/] > Literal[value=/[A-Za-z]{2,}/]',
          message: 'A visible or spoken label goes in the message files: use t().',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeOnly, 'react', 'react-dom'], message: 'shared/ is pure TypeScript.' },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ must not depend on a side.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/browser-host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreHostRule],
    },
  },
  {
    files: coreDomains.map((domain) => `electron/core/${domain}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: coreHostRule.paths,
          patterns: [
            ...coreHostRule.patterns,
            upwards,
            {
              group: ['../*/*-repository'],
              message: "Another domain's tables are its own: call its service, not its repository.",
            },
          ],
        },
      ],
    },
  },
  {
    // Shipped migrations are frozen as they were released, so they are left out.
    files: ['electron/core/db/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: coreHostRule.paths,
          patterns: [
            ...coreHostRule.patterns,
            upwards,
            {
              group: coreDomains.map((domain) => `../${domain}/**`),
              message: 'db/ sits below every domain: the caller passes in what it needs.',
            },
          ],
        },
      ],
    },
  },
);
