import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Area } from '../../content/report'
import { RichText } from '../../content/portable-text/RichText'
import './plain-language.css'

/** An area's summary in easy-to-read Swedish (lättläst), headed by the area's name. */
export function PlainLanguageSummary({ area, texts }: { area: Area; texts: SiteTexts }) {
  return (
    <article className="plain-language">
      <h1>{`${texts.plainLanguage}: ${area.title}`}</h1>
      <RichText value={area.plainLanguage} />
    </article>
  )
}
