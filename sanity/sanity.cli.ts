import { defineCliConfig } from 'sanity/cli'
import { studioEnv } from './env'

export default defineCliConfig({
  api: { projectId: studioEnv.projectId, dataset: studioEnv.dataset },
  typegen: {
    path: '../src/**/*.{ts,tsx}',
    schema: 'schema.json',
    generates: '../src/content/sanity.types.ts',
    overloadClientMethods: false,
  },
})
