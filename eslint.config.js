import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const renderer = 'src/renderer/src';
const noElectronOrNode = [
  { group: ['electron', 'electron/*'], message: 'The renderer never imports electron: go through platform/.' },
  { group: ['node:*'], message: 'The renderer never imports node modules.' },
];
const FEATURES = ['today', 'timer', 'planner', 'tasks', 'clients', 'projects', 'time', 'budgets', 'switching', 'updates', 'reports', 'health-check', 'backups', 'settings'];

/** One restricted-imports rule per area: imports point domain ← db ← features ← app. */
function restrict(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'bench/.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs}', '.ci/**/*.cjs', 'bench/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: [`${renderer}/**/*.{ts,tsx}`, 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  restrict([`${renderer}/**/*.{ts,tsx}`], noElectronOrNode),
  {
    // One clock: screens read now and today from stores/use-clock.ts, an action's moment from
    // platform/clock.ts. A clock read anywhere else is a screen that misses the day turning.
    files: [`${renderer}/**/*.{ts,tsx}`],
    ignores: [`${renderer}/platform/**`],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the time from the one clock: useNow/useToday (stores/use-clock) or readClock (platform/clock).' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Read the time from the one clock: useNow/useToday (stores/use-clock) or readClock (platform/clock).' },
      ],
    },
  },
  restrict(
    [`${renderer}/domain/**/*.ts`],
    [
      ...noElectronOrNode,
      { group: ['react', 'react-dom', 'dexie', 'dexie-*', 'zustand', '**/db/**', '**/features/**', '**/app/**', '**/components/**', '**/stores/**', '**/platform/**'], message: 'domain/ is pure: no React, Dexie, stores or UI.' },
    ],
  ),
  restrict(
    [`${renderer}/db/**/*.ts`],
    [...noElectronOrNode, { group: ['react', 'react-dom', '**/features/**', '**/app/**', '**/components/**'], message: 'db/ sits below features and UI.' }],
  ),
  restrict(
    [`${renderer}/{components,stores,platform}/**/*.{ts,tsx}`],
    [...noElectronOrNode, { group: ['**/features/**', '**/app/**'], message: 'Shared pieces sit below features and app.' }],
  ),
  ...FEATURES.map((feature) =>
    restrict(
      [`${renderer}/features/${feature}/**/*.{ts,tsx}`],
      [
        ...noElectronOrNode,
        { group: ['**/app/**'], message: 'Features never import the app shell.' },
        { group: FEATURES.filter((other) => other !== feature).flatMap((other) => [`**/features/${other}/**`, `../${other}/**`, `../../${other}/**`]), message: 'Features never import each other: compose them in app/.' },
      ],
    ),
  ),
  restrict(['src/main/**/*.ts'], [{ group: ['**/renderer/**'], message: 'main never imports renderer code.' }]),
);
