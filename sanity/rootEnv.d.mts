/** Types for rootEnv.mjs (see there). */
export declare const rootEnvPath: URL
export declare const studioFallbacks: Record<string, string>
export declare function loadRootEnv(
  file?: string | URL,
  env?: Record<string, string | undefined>,
): Record<string, string | undefined>
