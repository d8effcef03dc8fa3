import type { QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, type ReactNode } from 'react'
import { matchRoutes, type RouteObject } from 'react-router'
import { reportQueryOptions, type ReportYear } from '../content/report'
import type { ContentSource } from '../content/sources'
import { ArticleListPage } from './pages/ArticleListPage'
import { ArticlePage } from './pages/ArticlePage'
import { AreaPage } from './pages/AreaPage'
import { PlainLanguagePage } from './pages/PlainLanguagePage'
import { accessibilityStatementKey } from '../content/accessibilityStatementKey'
import {
  ACCESSIBILITY_STATEMENT_PATH,
  ARTICLES_SEGMENT,
  EMBED_SEGMENT,
  PLAIN_LANGUAGE_SEGMENT,
  parseYear,
} from '../../model/urls'
import { NotFoundView } from './NotFoundView'
import { ReportLayout } from './ReportLayout'
import { ReportRoute } from './ReportRoute'

// Pages few readers open load with their own code, outside the report's start-up JS: the
// statement's page and its query are one chunk; a statistic's embed view (its prerendered HTML
// stands until the code is there) another.
const EmbedPage = lazy(() => import('./pages/EmbedPage').then((module) => ({ default: module.EmbedPage })))
const loadStatementPage = () => import('./pages/AccessibilityStatementPage')
const AccessibilityStatementPage = lazy(() =>
  loadStatementPage().then((module) => ({ default: module.AccessibilityStatementPage })),
)

/**
 * A page whose code loads on demand. A prerendered one keeps its HTML until the code is there;
 * moving to it in the app shows nothing new for that moment.
 */
const onDemand = (page: ReactNode) => <Suspense fallback={null}>{page}</Suspense>

/** The URL scheme of the brief. Paths are built by `model/urls.ts`; this table reads them. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <ReportRoute />,
    children: [{ element: <ReportLayout />, children: [{ index: true, element: <AreaPage /> }] }],
  },
  { path: ACCESSIBILITY_STATEMENT_PATH, element: onDemand(<AccessibilityStatementPage />) },
  {
    path: '/:year',
    element: <ReportRoute />,
    children: [
      {
        element: <ReportLayout />,
        children: [
          { index: true, element: <AreaPage /> },
          { path: ':area', element: <AreaPage /> },
          { path: `:area/${ARTICLES_SEGMENT}`, element: <ArticleListPage /> },
          { path: `:area/${ARTICLES_SEGMENT}/:article`, element: <ArticlePage /> },
          { path: `:area/${PLAIN_LANGUAGE_SEGMENT}`, element: <PlainLanguagePage /> },
          { path: ':area/:statistic', element: <AreaPage /> },
        ],
      },
      { path: `:area/:statistic/${EMBED_SEGMENT}`, element: onDemand(<EmbedPage />) },
      { path: '*', element: <NotFoundView /> },
    ],
  },
  { path: '*', element: <NotFoundView /> },
]

/**
 * The report a path needs: 'latest' at `/`, the year at `/{year}/…`, and for any other path
 * the newest report too (the not-found view offers its areas).
 */
export function reportYearForPath(pathname: string): ReportYear {
  const matches = routeMatches(pathname)
  const year = parseYear(matches[0]?.params.year)
  return year ?? 'latest'
}

/**
 * The route loader: starts the one content request a path needs, with the same query options
 * the components read, so it is never asked twice. Called before the first render, and by
 * anything that wants a page ready in advance.
 */
export async function loadRoute(queryClient: QueryClient, source: ContentSource, pathname: string): Promise<void> {
  await Promise.all([
    queryClient.prefetchQuery(reportQueryOptions(source, reportYearForPath(pathname))),
    isAccessibilityStatementPath(pathname)
      ? loadStatementPage().then(({ accessibilityStatementQueryOptions }) =>
          queryClient.prefetchQuery(accessibilityStatementQueryOptions(source)),
        )
      : null,
  ])
}

/** Whether the content a path needs is already in the cache (as in a prerendered page). */
export function isRouteLoaded(queryClient: QueryClient, source: ContentSource, pathname: string): boolean {
  return (
    queryClient.getQueryData(reportQueryOptions(source, reportYearForPath(pathname)).queryKey) !== undefined &&
    (!isAccessibilityStatementPath(pathname) ||
      queryClient.getQueryData(accessibilityStatementKey(source.perspective)) !== undefined)
  )
}

/** The statement's page also needs the statement, which no other page asks for. */
function isAccessibilityStatementPath(pathname: string): boolean {
  return routeMatches(pathname)[0]?.route.path === ACCESSIBILITY_STATEMENT_PATH
}

let lastMatch: { pathname: string; matches: ReturnType<typeof matchRoutes<RouteObject>> } | null = null

/**
 * The routes matching `pathname`, the last answer kept: react-router compiles every route's
 * pattern on each `matchRoutes` call (≈ 30 regular expressions), and a page asks for the same
 * path several times as it starts.
 */
export function routeMatches(pathname: string) {
  if (lastMatch?.pathname !== pathname) lastMatch = { pathname, matches: matchRoutes(routes, pathname) }
  return lastMatch.matches ?? []
}
