/** Written by build/contentFiles.ts in a production build with the bundled dataset; null otherwise. */
declare module 'virtual:arsberattelse/content-files' {
  // An ambient module cannot `import` by a relative path; an import() type can.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const contentFiles: import('./staticQueries').ContentFiles | null
  export default contentFiles
}
