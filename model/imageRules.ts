/*
 * Rules for the text that goes with an image (alt text), shared by the Studio's validation and
 * the app. No `sanity` import: the browser bundle may use these.
 */

/** Words that name the medium, not what the image shows ("bild", "foto" …), in Swedish and English. */
const mediumWords = new Set([
  'bild',
  'bilden',
  'bilder',
  'foto',
  'fotot',
  'fotografi',
  'fotografiet',
  'illustration',
  'illustrationen',
  'grafik',
  'ikon',
  'logga',
  'logotyp',
  'image',
  'img',
  'photo',
  'picture',
  'pic',
  'graphic',
  'icon',
  'logo',
  'alt',
  'alttext',
  'bild på',
  'en bild',
  'foto på',
])

/** A file name ("IMG_1234.jpg", "DSC00042", "bild1.png", "Skärmavbild 2025-01-02 kl. 10.11.12"). */
const fileNamePattern =
  /\.(?:jpe?g|png|gif|webp|avif|svg|heic|heif|tiff?|bmp)$|^(?:img|dsc|dscn|dscf|pxl|p|gopr|mvimg)[_-]?\d{3,}|^(?:skärmavbild|screenshot|skärmbild)\b/i

/** The shortest alt text that can say what an image shows. */
export const minAltTextLength = 5

const normalise = (text: string) =>
  text
    .toLocaleLowerCase('sv-SE')
    .replace(/[\s.:;,!?"'”’()–-]+/g, ' ')
    .trim()

export interface AltTextContext {
  /** The editor has marked the image decorative: it then needs no alt text. */
  decorative?: boolean | null
  caption?: string | null
}

/**
 * Returns a Swedish message for a missing or useless alt text, or `true`. An image needs an alt
 * text saying what it shows, unless it is marked decorative; a medium word ("bild"), a file name
 * or the caption repeated tell a reader who cannot see it nothing (WCAG 1.1.1).
 */
export function checkAltText(
  alt: string | null | undefined,
  { decorative, caption }: AltTextContext = {},
): true | string {
  const text = typeof alt === 'string' ? alt.trim() : ''
  if (decorative) return true
  if (text === '') {
    return 'Skriv en alternativtext: vad bilden visar för den som inte ser den. Är bilden bara dekorativ, kryssa i ”Dekorativ bild” i stället.'
  }
  if (mediumWords.has(normalise(text))) {
    return `”${text}” säger inte vad bilden visar. Beskriv innehållet, till exempel ”Sjuksköterska tar blodtryck på en patient”.`
  }
  if (fileNamePattern.test(text)) {
    return `”${text}” ser ut som ett filnamn. Beskriv i stället vad bilden visar.`
  }
  if (typeof caption === 'string' && caption.trim() !== '' && normalise(caption) === normalise(text)) {
    return 'Alternativtexten upprepar bildtexten, så en skärmläsare läser samma sak två gånger. Beskriv vad bilden visar, eller kryssa i ”Dekorativ bild” om bildtexten säger allt.'
  }
  if (text.length < minAltTextLength) {
    return `”${text}” är för kort för att säga vad bilden visar. Beskriv innehållet med några ord.`
  }
  return true
}
