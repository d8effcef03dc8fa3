/** The small line icons of the statistic's tools; decorative, the buttons carry the words. */
const shapes = {
  table: 'M4 5h16v14H4zM4 10h16M4 15h16M10 5v14',
  chart: 'M3 19h18M6 19v-7M11 19V6M16 19v-10',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  share: 'M12 15V3M8 7l4-4 4 4M6 11H5v9h14v-9h-1',
  embed: 'M8 8l-4 4 4 4M16 8l4 4-4 4M13.5 5l-3 14',
  compare: 'M4 8h14M15 5l3 3-3 3M20 16H6M9 13l-3 3 3 3',
  image: 'M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15 9.5h.01',
  cite: 'M6 17c2-1 3-3 3-6H5V6h5v5M15 17c2-1 3-3 3-6h-4V6h5v5',
} as const

export type ToolIconName = keyof typeof shapes

export function ToolIcon({ name }: { name: ToolIconName }) {
  return (
    <svg
      className="tool-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={shapes[name]} />
    </svg>
  )
}
