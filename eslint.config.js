import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const renderer = 'src/renderer/src';
const noElectronOrNode = [
  { group: ['electron', 'electron/*'], message: 'The renderer never imports electron: go through platform/.' },
  { group: ['node:*'], message: 'The renderer never imports node modules.' },
];
const FEATURES = ['today', 'timer', 'planner', 'tasks', 'clients', 'projects', 'time', 'budgets', 'switching', 'updates', 'reports', 'health-check', 'backups', 'settings'];

const LAYERS_ABOVE = {
  domain: {
    above: ['platform', 'db', 'stores', 'actions', 'components', 'features', 'app'],
    also: ['react', 'react-dom', 'dexie', 'dexie-*', 'zustand'],
    message: 'domain/ is pure: no React, Dexie, stores or UI.',
  },
  platform: { above: ['db', 'stores', 'actions', 'components', 'features', 'app'], message: 'platform/ only adapts the desktop or the browser.' },
  db: { above: ['stores', 'actions', 'components', 'features', 'app'], also: ['react', 'react-dom'], message: 'db/ sits below stores, actions and UI.' },
  stores: { above: ['db', 'actions', 'components', 'features', 'app'], message: 'stores/ hold UI state only: no database, no UI.' },
  actions: { above: ['components', 'features', 'app'], message: 'actions/ sit below components, features and app.' },
  components: { above: ['features', 'app'], message: 'Shared pieces sit below features and app.' },
};

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
    // Type-aware rules: a promise nobody awaits or catches is an error that vanishes, and a promise
    // handed to something that expects void (an onClick) is one too.
    files: ['**/*.{ts,tsx}'],
    ignores: ['*.config.ts', 'vite.*.ts', 'electron.vite.config.ts', 'bench/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // No import cycles: each arrow points one way, so a module can be read (and tested) without its users.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { ...importX.flatConfigs.typescript.settings, 'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.node.json', 'tsconfig.web.json'], noWarnOnMultipleProjects: true })] },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // One file-name style: kebab-case, so a name never differs only by case between machines.
    files: ['src/**/*', 'test/**/*', 'scripts/**/*', 'bench/**/*'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        // Migrations keep their order in the name: 001-initial.ts.
        { '**/migrations/*.ts': '?([0-9][0-9][0-9]-)+([a-z0-9])*(-+([a-z0-9]))', '**/!(migrations)/*.{ts,tsx,js,mjs,cjs,css}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE', 'test/**/': 'KEBAB_CASE' }],
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
  // The renderer's layers, lowest first: domain ← platform ← db, stores ← actions ← components ← features ← app.
  // Each room names the rooms it must never import; db and stores are siblings and ignore each other.
  ...Object.entries(LAYERS_ABOVE).map(([room, { above, also = [], message }]) =>
    restrict(
      [`${renderer}/${room}/**/*.{ts,tsx}`],
      [...noElectronOrNode, { group: [...also, ...above.map((upper) => `**/${upper}/**`)], message }],
    ),
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
