/**
 * Which of an area's slides are on the page, by index, in the order they stand in it: the one
 * shown, the one leaving (during a change) and those built ahead around `builtAround` (the slide
 * shown a moment ago, see StatisticCarousel), each once. In index order, so a slide never moves
 * among its siblings as the set changes: moving an element in the DOM would make the browser
 * style and lay it out anew.
 *
 * `builtAround` null: nothing is built ahead yet (the server's HTML, and the first render).
 * Indices outside 0…count−1 are left out.
 */
export function slidesOnPage(
  shown: number,
  leaving: number | null,
  builtAround: number | null,
  count: number,
): number[] {
  const wanted = [shown]
  if (leaving !== null) wanted.push(leaving)
  if (builtAround !== null) wanted.push(builtAround - 1, builtAround, builtAround + 1)
  return [...new Set(wanted.filter((i) => i >= 0 && i < count))].sort((a, b) => a - b)
}
