import { map } from 'rxjs'
import { presentationTool, type DocumentLocationResolver } from 'sanity/presentation'
import { paths } from '../../model/urls'
import { studioEnv } from '../env'
import { presentationToolName } from './tool'
import { publishedId } from '../structure/orderedChildren'
import { documentLocations, documentLocationsQuery, mainDocuments, type LocationsData } from './locations'

/** The app's origin, from the one place the Studio keeps the app's URL (SANITY_STUDIO_APP_URL). */
export const appOrigin = new URL(studioEnv.appUrl).origin

/**
 * Every page a document appears on, kept up to date as the editor works (the query listens in
 * the drafts perspective, so drafts are located too).
 */
export const locateDocument: DocumentLocationResolver = ({ id, type }, { documentStore }) =>
  documentStore
    .listenQuery(documentLocationsQuery, { id: publishedId(id) }, { perspective: 'drafts' })
    .pipe(map((data: LocationsData | null) => documentLocations(type, data)))

/**
 * The app beside the document form (Sanity's Presentation tool). The app runs the editor's
 * queries through the Studio, which answers with drafts and source maps: no token and no
 * third-party cookie is needed, so it works in every browser.
 */
export const presentation = presentationTool({
  name: presentationToolName,
  title: 'Förhandsvisning',
  previewUrl: { initial: `${studioEnv.appUrl}${paths.latest()}` },
  allowOrigins: [appOrigin],
  resolve: {
    locations: locateDocument,
    // The document a page is about, opened beside it as the editor moves around in the app.
    mainDocuments,
  },
})
