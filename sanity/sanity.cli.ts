import { defineCliConfig } from 'sanity/cli'
import { readStudioEnv } from './env'
import { loadRootEnv } from './rootEnv.mjs'

// The root .env first (it never overrides the shell), so that the CLI and the Studio bundle it
// builds use the app's project and dataset.
const env = readStudioEnv(loadRootEnv())

export default defineCliConfig({
  api: { projectId: env.projectId, dataset: env.dataset },
  typegen: {
    // The app's queries and the Studio's own: one set of generated types for both.
    path: ['../src/**/*.{ts,tsx}', './**/*.{ts,tsx}'],
    schema: 'schema.json',
    generates: '../model/sanity.types.ts',
    overloadClientMethods: false,
  },
})
