// Lint: TypeScript rules, Lit template rules, accessibility in templates, and custom
// element conventions. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'bench/pages/vendor/',
      'custom-elements.json',
      'storybook-static/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts', 'test/support/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      // Lit elements register through src/define/ so double registration is safe.
      'wc/no-constructor-attributes': 'error',
      'wc/guard-super-call': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render text as text: no innerHTML.' },
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'Render text as text: no unsafeHTML.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
  {
    files: [
      '**/*.mjs',
      'server/**',
      'scripts/**',
      'bench/**',
      'demo/**',
      'test/e2e/**',
      'test/server/**',
      'test/hosts/**',
      '.storybook/**',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
