/** Types of exportFormat.mjs (plain JS, so `node` runs it without a build step). */
export interface DatasetDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export declare function assetFileName(assetId: string): string

export declare function toExportFormat(documents: readonly DatasetDocument[]): {
  documents: DatasetDocument[]
  files: string[]
  assetMap: Record<string, { originalFilename?: string; creditLine?: string }>
}

export declare function writeExportFolder(
  documents: readonly DatasetDocument[],
  imagesDir: string,
  target: string,
): { documents: number; images: number }
