/**
 * The Sanity API version the app and the Studio ask for unless the environment says otherwise
 * (VITE_SANITY_API_VERSION, SANITY_STUDIO_API_VERSION): one date, so both read content the same way.
 */
export const defaultApiVersion = '2025-02-19'
