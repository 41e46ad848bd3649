// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'api/dist/', '.local/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Deprecated SDKs stay in one room (DESIGN.md): botbuilder only under api/src/bot, teamsfx only in src/host/teamsfx.ts.
    files: ['**/*.{ts,tsx}'],
    ignores: ['api/src/bot/**', 'src/host/teamsfx.ts', 'tests/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['botbuilder', 'botbuilder-*', 'botframework-*'], message: 'botbuilder lives only in api/src/bot.' },
            { group: ['@microsoft/teamsfx'], message: '@microsoft/teamsfx lives only in src/host/teamsfx.ts.' },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no I/O, no Node, no Azure.
    files: ['api/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', '@azure/*', 'botbuilder*', '**/store/**', '**/http/**', '**/bot/**'], message: 'api/src/domain imports nothing with I/O.' }] },
      ],
    },
  },
  {
    // The architecture (README, "Architecture"): imports flow one way, and a violation fails `npm test`.
    files: ['src/**/*.{ts,tsx}', 'api/src/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}', 'src/test/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      // Every pattern is a whole path from the repository root (partialMatch: false): a suffix match would let 'src/app' match api/src/app too.
      'boundaries/elements': [
        // The settings' types: what every host builds and the wiring (app/services.ts) reads; the store's clients take their part.
        { type: 'config', pattern: 'api/src/config', partialMatch: false },
        // Builders of the activities Teams sends: the local host's stand-in for Teams, also bundled by the tab's dev bar.
        { type: 'teams-activities', pattern: 'api/src/hosts/teams', partialMatch: false },
        { type: 'domain', pattern: 'api/src/domain', partialMatch: false },
        { type: 'store', pattern: 'api/src/store', partialMatch: false },
        { type: 'application', pattern: 'api/src/app', partialMatch: false },
        { type: 'http', pattern: 'api/src/http', partialMatch: false },
        { type: 'bot', pattern: 'api/src/bot', partialMatch: false },
        { type: 'hosts', pattern: 'api/src/hosts', partialMatch: false },
        { type: 'tab-app', pattern: 'src/app', partialMatch: false },
        { type: 'feature', pattern: 'src/features/*', capture: ['name'], partialMatch: false },
        { type: 'tab-host', pattern: 'src/host', partialMatch: false },
        { type: 'tab-shared', pattern: 'src/shared', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { from: { element: { type: 'domain' } }, allow: { to: { element: { type: 'domain' } } } },
            // The store's table clients take the tables' settings; that is the only config the store sees.
            { from: { element: { type: 'store' } }, allow: { to: { element: { types: { anyOf: ['store', 'domain', 'config'] } } } } },
            { from: { element: { type: 'application' } }, allow: { to: { element: { types: { anyOf: ['application', 'store', 'domain', 'config'] } } } } },
            // Token checks read the auth settings, the bot endpoint its identity: types only.
            { from: { element: { type: 'http' } }, allow: { to: { element: { types: { anyOf: ['http', 'application', 'domain', 'config'] } } } } },
            { from: { element: { type: 'bot' } }, allow: { to: { element: { types: { anyOf: ['bot', 'application', 'domain', 'config'] } } } } },
            {
              from: { element: { type: 'hosts' } },
              allow: { to: { element: { types: { anyOf: ['hosts', 'teams-activities', 'http', 'bot', 'application', 'store', 'domain', 'config'] } } } },
            },
            { from: { element: { type: 'tab-app' } }, allow: { to: { element: { types: { anyOf: ['tab-app', 'feature', 'tab-host', 'tab-shared', 'domain'] } } } } },
            {
              from: { element: { type: 'feature' } },
              allow: [
                { to: { element: { type: 'feature', captured: { name: '{{ from.element.captured.name }}' } } } },
                { to: { element: { types: { anyOf: ['tab-host', 'tab-shared', 'domain'] } } } },
              ],
            },
            // The dev bar (local mode only) posts the same activities to the bot as the tests do.
            { from: { element: { type: 'tab-host' } }, allow: { to: { element: { types: { anyOf: ['tab-host', 'tab-shared', 'domain', 'teams-activities'] } } } } },
            { from: { element: { type: 'tab-shared' } }, allow: { to: { element: { types: { anyOf: ['tab-shared', 'domain'] } } } } },
          ],
        },
      ],
    },
  },
  {
    // Every API source file belongs to an element, so none escapes the rules above.
    files: ['api/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'boundaries/no-unknown-files': 'error', 'boundaries/no-unknown-dependencies': 'error' },
  },
);
