// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Lint the toolchain's own sources and tests with type information (generated/ is output, checked by tsc). */
export default tseslint.config(
  { ignores: ['dist/**', 'generated/**', 'node_modules/**', '.docs2ts-cache/**', 'reports/**', '.stryker-tmp/**', 'bench/results/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `_name` marks a binding kept on purpose (a destructured property left out of a spread)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // the package runtime's signatures say `string | unknown` on purpose: a raw body may be text or parsed
    files: ['generator/runtime/**/*.ts', 'test/emit/support/runtime-shape.ts'],
    rules: { '@typescript-eslint/no-redundant-type-constituents': 'off' },
  },
  {
    // tests read parsed JSON (reports, schemas, child-process output) and pass methods to expect()
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
