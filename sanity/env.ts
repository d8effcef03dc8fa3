/**
 * The Studio's settings, read in one place. The app reads the same variables (VITE_ prefix,
 * see .env.example); the placeholder project id lets the schema tools run offline without one.
 */
const env: Record<string, string | undefined> =
  // Sanity's CLI and Vite both expose the variables on import.meta.env; fall back to process.env.
  (typeof import.meta !== 'undefined' && (import.meta as { env?: Record<string, string> }).env) ||
  (typeof process !== 'undefined' ? process.env : {})

export const studioEnv = {
  projectId: env.SANITY_STUDIO_PROJECT_ID || env.VITE_SANITY_PROJECT_ID || 'offline',
  dataset: env.SANITY_STUDIO_DATASET || env.VITE_SANITY_DATASET || 'production',
  apiVersion: env.VITE_SANITY_API_VERSION || '2025-02-19',
}
