/**
 * The message the embed view posts to the page around it whenever its height changes (README,
 * "Embedding"): `{ type: "arsberattelse-embed-height", height: <CSS px>, path: "/2018/…/embed" }`.
 * Shared by the embed view (src/app/embed) and the embed code's script (features/share).
 */
export const EMBED_HEIGHT_MESSAGE = 'arsberattelse-embed-height'
