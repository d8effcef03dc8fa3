/**
 * recharts in two pieces, evaluated in two tasks. Evaluating a chunk is one task that nothing
 * can interrupt, and recharts' whole module graph took about 25 ms on a fast desktop (its store's
 * slices are created and checked as it loads), 100 ms on a mid-range phone: long enough to hold
 * up a reader's key press. This chunk holds recharts' store (Redux Toolkit, Immer, its slices and
 * selectors, d3's scales); `RechartsChart`, the components, follows in a task of its own. Both
 * files are fetched at once (vite.config.ts preloads the second with the first).
 */
export { createRechartsStore } from 'recharts/es6/state/store.js'

/** The chart component's module, imported in a task after this chunk's (started as it loads). */
export const chart = new Promise((resolve) => setTimeout(resolve, 0)).then(() => import('./RechartsChart'))
