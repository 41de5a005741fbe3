// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The one direction of the house (tests/import-direction.test.ts checks the same from the
 * whole graph): main → worker → discord/commands → coach → queue/retrieval → db → domain.
 * Each layer lists the folders above it that it must not import.
 */
const ABOVE = {
  domain: ['db', 'queue', 'retrieval', 'coach', 'discord', 'worker', 'main', 'cli'],
  db: ['queue', 'retrieval', 'coach', 'discord', 'worker', 'main', 'cli'],
  queueRetrieval: ['coach', 'discord', 'worker', 'main', 'cli'],
  coach: ['discord', 'worker', 'main', 'cli'],
  bot: ['worker', 'main', 'cli'],
  worker: ['main', 'cli'],
  main: ['cli'],
};
const TOOLS = ['ingest', 'training', 'bench', 'tests'];

/** @param {string[]} folders */
const forbid = (folders) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: [...folders, ...TOOLS].flatMap((f) => [`**/${f}/*`, `**/${f}/**`]),
          message:
            'Imports run one way: main → worker → discord/commands → coach → queue/retrieval → db → domain; src/ never imports ingest/, training/, bench/ or tests/.',
        },
        { group: ['**/commands/*'], message: 'Only src/discord may import the command registry.' },
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/**', '.data/**', 'docs/**', 'research/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
        URLSearchParams: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  // The protocol fakes handle untyped JSON from discord.js and the OpenAI client.
  { files: ['tests/support/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // process.env is read by src/config.ts and the entry points that pass it in, nowhere else.
  {
    files: ['src/**/*.ts', 'commands/**/*.ts', 'ingest/**/*.ts', 'training/**/*.ts'],
    ignores: ['src/config.ts', 'src/main/**', 'src/cli/**', 'ingest/index.ts', 'training/index.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through loadConfig (src/config.ts).' },
      ],
    },
  },
  { files: ['src/domain/**/*.ts', 'src/config.ts', 'src/errors.ts', 'src/log.ts'], ignores: ['**/*.test.ts'], rules: forbid(ABOVE.domain) },
  { files: ['src/db/**/*.ts'], ignores: ['**/*.test.ts'], rules: forbid(ABOVE.db) },
  { files: ['src/queue/**/*.ts', 'src/retrieval/**/*.ts'], ignores: ['**/*.test.ts'], rules: forbid(ABOVE.queueRetrieval) },
  { files: ['src/coach/**/*.ts', 'src/context.ts'], ignores: ['**/*.test.ts'], rules: forbid(ABOVE.coach) },
  { files: ['commands/**/*.ts'], ignores: ['**/*.test.ts'], rules: forbid(ABOVE.bot) },
  {
    files: ['src/discord/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...ABOVE.bot, ...TOOLS].flatMap((f) => [`**/${f}/*`, `**/${f}/**`]),
              message: 'Imports run one way: the bot does not import the worker, main, the CLIs or tools.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/worker/**/*.ts'], ignores: ['**/*.test.ts'], rules: forbid(ABOVE.worker) },
  { files: ['src/main/**/*.ts'], ignores: ['**/*.test.ts'], rules: forbid(ABOVE.main) },
  { files: ['src/cli/**/*.ts'], ignores: ['**/*.test.ts'], rules: forbid([]) },
);
