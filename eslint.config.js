// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
);
