/** The charts' text metrics, shared by the main bundle (rowLayout.ts) and the drawing (axes.ts). */

/** Line height of wrapped category labels, in px. */
export const labelLineHeight = 16

/** The most lines a category label under a column may wrap to. */
export const maxLabelLines = 3
