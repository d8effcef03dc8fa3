import { createContext, useContext, useLayoutEffect, useState, useTransition, type ReactNode } from 'react'
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory, type Location } from 'react-router'

type BrowserHistory = ReturnType<typeof createBrowserHistory>

/** The location being navigated to while the page for it is not shown yet; else null. */
const PendingLocationContext = createContext<Location | null>(null)

export function usePendingLocation(): Location | null {
  return useContext(PendingLocationContext)
}

/**
 * react-router's BrowserRouter, which renders each change of address as a transition (the old
 * page stays until the new one is ready, instead of a blank loading state), and which also
 * says which address is on its way meanwhile: the address bar already names the new page
 * while the old one is on screen, and the layout makes that old page inert (see
 * `useStalePage`).
 */
export function AppBrowserRouter({ children }: { children: ReactNode }) {
  // One history for the router's lifetime (the state initialiser runs once).
  const [history] = useState<BrowserHistory>(() => createBrowserHistory({ window, v5Compat: true }))
  const [shown, setShown] = useState({ action: history.action, location: history.location })
  // Set at once (an urgent update), while `shown` follows as a transition.
  const [requested, setRequested] = useState<Location>(history.location)
  const [, startTransition] = useTransition()
  useLayoutEffect(
    () =>
      history.listen((update) => {
        setRequested(update.location)
        startTransition(() => setShown(update))
      }),
    [history],
  )
  const pending = requested.key !== shown.location.key ? requested : null
  return (
    <PendingLocationContext.Provider value={pending}>
      <Router location={shown.location} navigationType={shown.action} navigator={history}>
        {children}
      </Router>
    </PendingLocationContext.Provider>
  )
}
