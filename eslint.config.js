// ESLint 9 (flat config) with typescript-eslint: the recommended rules, which find mistakes.
// Layout is not the linter's job: purely stylistic rules are off.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'reports/**', 'test-results/**', 'lib/**/generated/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript resolves names itself (browser, Node and WXT globals alike).
      'no-undef': 'off',
      // Style only: an escape that changes nothing is harmless.
      'no-useless-escape': 'off',
      // Text checks look for control characters on purpose (validation, the matcher's separators).
      'no-control-regex': 'off',
      // `({ id: _, ...rest })` leaves a field out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
    },
  },
  {
    // The build scripts read other packages' JSON, whose shape they check as they go.
    files: ['scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Playwright's fixtures take `({}, use)` when they need no other fixture.
    files: ['tests/e2e/**', 'tests/e2e-firefox/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
