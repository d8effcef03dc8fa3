// recharts' store module, which src/features/charts/rechartsLoader.ts imports by its path: the
// package ships its types beside, under types/.
declare module 'recharts/es6/state/store.js' {
  export { createRechartsStore } from 'recharts/types/state/store'
}
