import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', '.bench/**', 'node_modules/**', 'coverage/**', '.skill-state/**', '*.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Value imports of ask-sdk-core's index load its HTTPS client on every cold start: use lambda/sdk.ts.
    files: ['lambda/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'ask-sdk-core', message: 'Import values from lambda/sdk.ts; types may come from ask-sdk-core.', allowTypeImports: true },
            // The bundle loads ask-sdk-model's values on first use only (tools/build.ts, lazy-model.ts).
            { name: 'ask-sdk-model', message: 'Import values from services/alerts/sdk-clients.ts, on first use; types may come from ask-sdk-model.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['lambda/services/alerts/sdk-clients.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
