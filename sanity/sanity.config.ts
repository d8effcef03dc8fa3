import { svSELocale } from '@sanity/locale-sv-se'
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { documentActions } from './documentActions'
import { studioEnv } from './env'
import { productionUrl } from './openInReport/productionUrl'
import { presentation } from './presentation'
import { schemaTypes } from './schemaTypes'
import { singletonIds } from './schemaTypes/singletons'
import { slugHistoryActions } from './slugHistory'
import { structure } from './structure'

export default defineConfig({
  name: 'default',
  title: 'Årsberättelse',
  projectId: studioEnv.projectId,
  dataset: studioEnv.dataset,
  plugins: [
    structureTool({ structure, title: 'Innehåll' }),
    presentation,
    visionTool({ defaultApiVersion: studioEnv.apiVersion, title: 'GROQ' }),
    // Swedish interface and built-in validation messages (the last locale is the default; an
    // editor can still switch to English in the user menu).
    svSELocale(),
  ],
  schema: {
    types: schemaTypes,
    // Singletons are reached from the structure at their fixed ids, never created anew.
    templates: (templates) => templates.filter(({ schemaType }) => !singletonIds.includes(schemaType)),
  },
  document: {
    actions: (actions, { schemaType }) => slugHistoryActions(documentActions(actions, schemaType), schemaType),
    // "Open preview" in the document menu: the document's page in the app.
    productionUrl,
  },
})
