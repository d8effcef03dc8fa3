import { Link } from 'react-router'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Area } from '../../content/report'
import { paths } from '../../../model/urls'
import { hasPlainLanguage } from '../../content/plainLanguage'
import './plain-language.css'

/** "Lättläst", in an area that has an easy-to-read summary. */
export function PlainLanguageLink({ year, area, texts }: { year: number; area: Area; texts: SiteTexts }) {
  if (!hasPlainLanguage(area)) return null
  return (
    <p className="plain-language-link">
      <Link to={paths.plainLanguage(year, area.slug)}>{texts.plainLanguage}</Link>
    </p>
  )
}
