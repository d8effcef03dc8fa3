/**
 * Draws the sample dataset's illustrations (no photographs: nothing here pretends to show a real
 * event or person) and writes them in Sanity's export layout:
 *
 *   node sanity/dataset/illustrations.mjs
 *
 * writes sanity/dataset/images/{sha1}-{width}x{height}.png (the name Sanity's export gives an
 * image file) and sanity/dataset/images/assets.json, the facts build.mjs needs to write each
 * image's asset document (id, size, lqip). Each picture is an SVG drawn below from simple shapes
 * and rasterised with sharp. Run it only when a drawing changes; the PNG files are committed.
 */
import { createHash } from 'node:crypto'
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const WIDTH = 1600
const HEIGHT = 1000
const imagesDir = join(dirname(fileURLToPath(import.meta.url)), 'images')

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

const sky = (top, bottom) => `
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/>
  </linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>`
const sun = (x, y, r, color = '#ffd66b') => `<circle cx="${x}" cy="${y}" r="${r}" fill="${color}"/>`
const hill = (y, amplitude, phase, color) => {
  const points = []
  for (let x = 0; x <= WIDTH; x += 40) {
    points.push(`${x},${(y + amplitude * Math.sin((x / WIDTH) * Math.PI * 2 + phase)).toFixed(1)}`)
  }
  return `<polygon points="0,${HEIGHT} ${points.join(' ')} ${WIDTH},${HEIGHT}" fill="${color}"/>`
}
const spruce = (x, y, size, color = '#2f6b45') =>
  `<rect x="${x - size * 0.06}" y="${y - size * 0.2}" width="${size * 0.12}" height="${size * 0.2}" fill="#5b3b25"/>` +
  `<polygon points="${x},${y - size * 1.2} ${x - size * 0.4},${y - size * 0.15} ${x + size * 0.4},${y - size * 0.15}" fill="${color}"/>`
const birch = (x, y, size) =>
  `<rect x="${x - size * 0.05}" y="${y - size}" width="${size * 0.1}" height="${size}" fill="#f4f1ea"/>` +
  `<ellipse cx="${x}" cy="${y - size}" rx="${size * 0.35}" ry="${size * 0.45}" fill="#7fb069"/>`
const house = (x, y, w, h, wall, roof) =>
  `<rect x="${x}" y="${y - h}" width="${w}" height="${h}" fill="${wall}"/>` +
  `<polygon points="${x - w * 0.1},${y - h} ${x + w / 2},${y - h - w * 0.45} ${x + w * 1.1},${y - h}" fill="${roof}"/>` +
  `<rect x="${x + w * 0.4}" y="${y - h * 0.55}" width="${w * 0.2}" height="${h * 0.55}" fill="#fff8e7"/>` +
  `<rect x="${x + w * 0.12}" y="${y - h * 0.8}" width="${w * 0.18}" height="${h * 0.22}" fill="#fff8e7"/>` +
  `<rect x="${x + w * 0.7}" y="${y - h * 0.8}" width="${w * 0.18}" height="${h * 0.22}" fill="#fff8e7"/>`
const road = (y, color = '#5d6470') =>
  `<rect x="0" y="${y}" width="${WIDTH}" height="110" fill="${color}"/>` +
  Array.from(
    { length: 16 },
    (_, i) => `<rect x="${i * 110 + 20}" y="${y + 50}" width="60" height="10" fill="#f5f5f0"/>`,
  ).join('')
const bus = (x, y, color) =>
  `<rect x="${x}" y="${y - 190}" width="520" height="170" rx="28" fill="${color}"/>` +
  Array.from(
    { length: 5 },
    (_, i) => `<rect x="${x + 30 + i * 92}" y="${y - 165}" width="72" height="62" rx="8" fill="#cfe8f7"/>`,
  ).join('') +
  `<rect x="${x + 470}" y="${y - 165}" width="36" height="120" rx="6" fill="#cfe8f7"/>` +
  `<circle cx="${x + 110}" cy="${y - 18}" r="38" fill="#263238"/><circle cx="${x + 110}" cy="${y - 18}" r="16" fill="#b0bec5"/>` +
  `<circle cx="${x + 410}" cy="${y - 18}" r="38" fill="#263238"/><circle cx="${x + 410}" cy="${y - 18}" r="16" fill="#b0bec5"/>`
const coin = (x, y, r = 60) =>
  `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r * 0.35}" fill="#c9962b"/>` +
  `<ellipse cx="${x}" cy="${y - 12}" rx="${r}" ry="${r * 0.35}" fill="#f2c14e"/>`
const coinStack = (x, y, count) => Array.from({ length: count }, (_, i) => coin(x, y - i * 24)).join('')
const bars = (x, y, heights, color) =>
  heights
    .map((h, i) => `<rect x="${x + i * 120}" y="${y - h}" width="80" height="${h}" rx="6" fill="${color}"/>`)
    .join('')
const cross = (x, y, size, color = '#d64545') =>
  `<rect x="${x - size / 6}" y="${y - size / 2}" width="${size / 3}" height="${size}" fill="${color}"/>` +
  `<rect x="${x - size / 2}" y="${y - size / 6}" width="${size}" height="${size / 3}" fill="${color}"/>`
const heart = (x, y, s, color = '#e0566f') =>
  `<path d="M ${x} ${y + s * 0.9} C ${x - s * 1.4} ${y} ${x - s * 0.7} ${y - s * 0.9} ${x} ${y - s * 0.3} C ${x + s * 0.7} ${y - s * 0.9} ${x + s * 1.4} ${y} ${x} ${y + s * 0.9} Z" fill="${color}"/>`
const windTurbine = (x, y, h) =>
  `<rect x="${x - 6}" y="${y - h}" width="12" height="${h}" fill="#eceff1"/>` +
  [0, 120, 240]
    .map(
      (angle) =>
        `<rect x="${x - 5}" y="${y - h - 140}" width="10" height="140" rx="5" fill="#eceff1" transform="rotate(${angle + 15} ${x} ${y - h})"/>`,
    )
    .join('') +
  `<circle cx="${x}" cy="${y - h}" r="12" fill="#cfd8dc"/>`
const book = (x, y, w, color) =>
  `<path d="M ${x} ${y} q ${w / 4} -40 ${w / 2} 0 q ${w / 4} -40 ${w / 2} 0 v ${-w * 0.55} q ${-w / 4} -40 ${-w / 2} 0 q ${-w / 4} -40 ${-w / 2} 0 Z" fill="${color}"/>` +
  `<line x1="${x + w / 2}" y1="${y}" x2="${x + w / 2}" y2="${y - w * 0.55}" stroke="#8d6e63" stroke-width="6"/>`
const mask = (x, y, r, color, smile) =>
  `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r * 1.2}" fill="${color}"/>` +
  `<ellipse cx="${x - r * 0.38}" cy="${y - r * 0.25}" rx="${r * 0.18}" ry="${r * 0.12}" fill="#3e2723"/>` +
  `<ellipse cx="${x + r * 0.38}" cy="${y - r * 0.25}" rx="${r * 0.18}" ry="${r * 0.12}" fill="#3e2723"/>` +
  `<path d="M ${x - r * 0.45} ${y + r * 0.4} Q ${x} ${y + (smile ? r * 0.85 : 0)} ${x + r * 0.45} ${y + r * 0.4}" stroke="#3e2723" stroke-width="${r * 0.1}" fill="none"/>`
const lantern = (x, y) =>
  `<circle cx="${x}" cy="${y}" r="70" fill="#ffe08a" opacity="0.35"/><rect x="${x - 22}" y="${y - 30}" width="44" height="60" rx="8" fill="#ffca28"/>`
const forest = (from, to, y, size, color) =>
  Array.from({ length: Math.ceil((to - from) / (size * 0.7)) }, (_, i) =>
    spruce(from + i * size * 0.7, y + (i % 2) * 12, size, color),
  ).join('')

// ---------------------------------------------------------------------------------------------
// The illustrations: what each shows (its alt text in build.mjs says the same) and where its
// subject is (the hotspot), so the crops of each layout keep it in view.
// ---------------------------------------------------------------------------------------------

export const illustrations = {
  'ekonomi-2018': () =>
    sky('#dbeafe', '#f8fafc') +
    hill(820, 25, 0.4, '#a5d6a7') +
    bars(260, 820, [220, 300, 260, 380, 460], '#2e7d9a') +
    coinStack(1180, 800, 9) +
    coinStack(1320, 820, 5),
  'halso-och-sjukvard-2018': () =>
    sky('#e0f2f1', '#ffffff') +
    hill(780, 30, 1.2, '#b9dfc0') +
    house(980, 790, 420, 300, '#f5f5f5', '#90a4ae') +
    cross(1190, 380, 110) +
    heart(520, 520, 150) +
    birch(300, 800, 260),
  'kollektivtrafik-2018': () =>
    sky('#bfe3f5', '#eef7fb') +
    sun(1350, 180, 80) +
    hill(640, 40, 2.1, '#9ccc65') +
    forest(0, 1600, 690, 150, '#3d7f4f') +
    road(700) +
    bus(560, 790, '#1e88e5'),
  'regional-utveckling-2018': () =>
    sky('#fff3e0', '#fffaf2') +
    hill(700, 35, 0.2, '#aed581') +
    windTurbine(1250, 700, 380) +
    windTurbine(1420, 720, 300) +
    house(280, 760, 200, 150, '#ef9a9a', '#8d6e63') +
    house(540, 770, 240, 170, '#fff59d', '#6d4c41') +
    house(840, 760, 180, 140, '#90caf9', '#5d4037') +
    hill(880, 20, 2.5, '#7cb342'),
  'kultur-2018': () =>
    sky('#ede7f6', '#fbf8ff') +
    `<rect x="0" y="0" width="260" height="${HEIGHT}" fill="#8e2430"/><rect x="${WIDTH - 260}" y="0" width="260" height="${HEIGHT}" fill="#8e2430"/>` +
    `<rect x="0" y="820" width="${WIDTH}" height="180" fill="#6d4c41"/>` +
    mask(680, 460, 150, '#fff8e1', true) +
    mask(960, 500, 130, '#b3e5fc', false) +
    book(1050, 800, 300, '#fffde7'),
  'overskott-i-regionens-ekonomi-2018': () =>
    sky('#e8f5e9', '#ffffff') +
    `<polyline points="200,760 450,700 700,720 950,560 1200,480 1400,380" fill="none" stroke="#2e7d32" stroke-width="22" stroke-linecap="round" stroke-linejoin="round"/>` +
    coinStack(1400, 880, 6) +
    `<rect x="0" y="880" width="${WIDTH}" height="120" fill="#c8e6c9"/>`,
  'utvecklingsstrategin-narmare-kronobergaren': () =>
    sky('#e3f2fd', '#ffffff') +
    hill(760, 40, 3.1, '#a5d6a7') +
    house(300, 780, 220, 160, '#ffe0b2', '#795548') +
    house(1060, 760, 380, 280, '#f5f5f5', '#78909c') +
    cross(1250, 400, 90) +
    `<path d="M 520 700 C 700 640 860 660 1060 640" stroke="#ffb74d" stroke-width="16" stroke-dasharray="30 24" fill="none"/>`,
  'satsning-mot-en-hyroberoende-halso-och-sjukvard': () =>
    sky('#f3e5f5', '#ffffff') +
    `<rect x="0" y="800" width="${WIDTH}" height="200" fill="#d7ccc8"/>` +
    house(200, 800, 520, 360, '#fafafa', '#90a4ae') +
    cross(460, 330, 120) +
    heart(1150, 480, 170, '#ab47bc') +
    `<circle cx="1150" cy="500" r="300" fill="none" stroke="#ce93d8" stroke-width="14"/>`,
  'gratis-sommarkort-for-skolungdomar': () =>
    sky('#fff8e1', '#e1f5fe') +
    sun(260, 200, 110, '#ffca28') +
    hill(620, 30, 0.9, '#c5e1a5') +
    `<rect x="0" y="720" width="${WIDTH}" height="280" fill="#4fc3f7"/>` +
    road(610, '#78909c') +
    bus(820, 700, '#43a047') +
    birch(300, 620, 220) +
    birch(420, 630, 180),
  'region-kronobergs-regionala-utvecklingsarbete-vad-innebar-det': () =>
    sky('#e0f7fa', '#ffffff') +
    hill(720, 50, 4.0, '#9ccc65') +
    `<circle cx="520" cy="520" r="230" fill="#4db6ac"/><circle cx="520" cy="520" r="150" fill="#e0f2f1"/><circle cx="520" cy="520" r="70" fill="#00897b"/>` +
    windTurbine(1200, 760, 340) +
    house(1300, 800, 160, 120, '#ffccbc', '#6d4c41'),
  'regional-kultursatsning-ger-mer-kultur-till-fler': () =>
    sky('#fce4ec', '#fffafc') +
    `<rect x="0" y="780" width="${WIDTH}" height="220" fill="#a1887f"/>` +
    `<polygon points="300,780 800,300 1300,780" fill="#ef5350"/><rect x="420" y="560" width="760" height="220" fill="#fff3e0"/>` +
    mask(680, 660, 70, '#fff8e1', true) +
    mask(920, 660, 70, '#b2ebf2', true) +
    `<line x1="800" y1="300" x2="800" y2="180" stroke="#5d4037" stroke-width="10"/><polygon points="800,180 900,210 800,240" fill="#ffd54f"/>`,
  'sagobygden-med-i-unescos-register': () =>
    sky('#1a237e', '#3949ab') +
    sun(1300, 200, 90, '#fff9c4') +
    hill(720, 30, 1.7, '#1b5e20') +
    forest(0, 1600, 800, 260, '#2e7d32') +
    lantern(640, 560) +
    book(820, 920, 340, '#fff8e1'),
  'sagobygden-berattarkvall': () =>
    sky('#263238', '#455a64') +
    hill(760, 20, 0.5, '#33691e') +
    forest(0, 1600, 760, 200, '#1b5e20') +
    `<polygon points="700,880 800,760 900,880" fill="#ff7043"/><polygon points="740,880 800,800 860,880" fill="#ffca28"/>` +
    `<rect x="640" y="880" width="320" height="40" rx="18" fill="#6d4c41"/>` +
    lantern(400, 600) +
    lantern(1200, 620),
}

const svg = (body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${body}</svg>`

/** Sanity's lqip: a 20 px wide JPEG of the image as a data URL (what its pipeline stores in metadata.lqip). */
async function lqip(png) {
  const jpeg = await sharp(png).resize({ width: 20 }).jpeg({ quality: 60 }).toBuffer()
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`
}

async function main() {
  for (const file of readdirSync(imagesDir)) if (file.endsWith('.png')) rmSync(join(imagesDir, file))
  const assets = {}
  for (const [name, draw] of Object.entries(illustrations)) {
    const png = await sharp(Buffer.from(svg(draw())))
      .png({ compressionLevel: 9, palette: false })
      .toBuffer()
    const sha1 = createHash('sha1').update(png).digest('hex')
    const file = `${sha1}-${WIDTH}x${HEIGHT}.png`
    writeFileSync(join(imagesDir, file), png)
    assets[name] = { file, sha1, width: WIDTH, height: HEIGHT, size: png.length, lqip: await lqip(png) }
  }
  writeFileSync(join(imagesDir, 'assets.json'), JSON.stringify(assets, null, 2) + '\n')
  console.log(`Drew ${Object.keys(assets).length} illustrations into ${imagesDir}`)
}

await main()
