import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/reliability/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Argon2 and SQLCipher work is CPU-bound; two cores here.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
