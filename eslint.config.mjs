// npm run lint (1/3): typescript-eslint's recommended rules on all TypeScript, ESLint's on the browser
// scripts. Style is prettier's job (npm run lint runs prettier --check), so no formatting rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed names are deliberately unused (interface shapes, ignored callback arguments).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Emoji modifiers (skin tones, VS16, ZWJ) are listed as escapes on purpose, each one matched alone.
      'no-misleading-character-class': ['error', { allowEscape: true }],
    },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
);
