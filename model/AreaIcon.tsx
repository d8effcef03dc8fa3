import type { AreaIcon as AreaIconName } from './icons'

const shapes: Record<AreaIconName, string> = {
  economy: 'M4 20h16v2H4zM6 10h3v8H6zm4.5-4h3v12h-3zM15 13h3v5h-3z',
  healthcare: 'M10 3h4v7h7v4h-7v7h-4v-7H3v-4h7z',
  transport:
    'M6 3h12a3 3 0 0 1 3 3v10a2 2 0 0 1-2 2l1 2h-2.2l-1-2H7.2l-1 2H4l1-2a2 2 0 0 1-2-2V6a3 3 0 0 1 3-3zm0 3v5h12V6zm1 8a1.5 1.5 0 1 0 0 .01zm10 0a1.5 1.5 0 1 0 0 .01z',
  development: 'M3 19l6-6 4 4 6-8 2 1.5-7.8 10.4L9 16.8 4.5 21.3z M15 4h6v6l-2-2-3 3-1.5-1.5 3-3z',
  culture: 'M12 2l2.6 6.3 6.8.5-5.2 4.4 1.6 6.6L12 16.3l-5.8 3.5 1.6-6.6-5.2-4.4 6.8-.5z',
}

/** An area's icon. Decorative: the area's name is always given beside it or as its label. */
export function AreaIcon({ name }: { name: string | null | undefined }) {
  const d = shapes[name as AreaIconName] ?? shapes.economy
  return (
    <svg className="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" fillRule="evenodd" />
    </svg>
  )
}
