import { createContext, useContext, type ReactNode } from 'react'
import type { ContentSource } from './sources'

const ContentSourceContext = createContext<ContentSource | null>(null)

/** Makes the content source available to components; tests and the prerenderer pass their own. */
export function ContentSourceProvider({ source, children }: { source: ContentSource; children: ReactNode }) {
  return <ContentSourceContext.Provider value={source}>{children}</ContentSourceContext.Provider>
}

export function useContentSource(): ContentSource {
  const source = useContext(ContentSourceContext)
  if (!source) throw new Error('useContentSource needs a <ContentSourceProvider> above it.')
  return source
}
