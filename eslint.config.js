import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-demo/', 'coverage/', 'node_modules/', 'docs/', 'e2e/output/', 'integrations/wordpress/lede-widgets/build/', 'integrations/wordpress/lede-widgets/lib/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { wc: { elementBaseClasses: ['LitElement', 'LedeElement'] } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'lit/no-invalid-html': 'error',
      'lit/attribute-value-entities': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**', 'scripts/**', '*.config.*', 'integrations/*/scripts/**', 'integrations/*/test/**', 'integrations/*/*.config.*'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // webpack reads its configuration as CommonJS.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
