import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { renderApp } from '../../support/render-app'
import { changedDatasetSource, toolsName } from './support'

const besok = '/2018/halso-och-sjukvard/besok'

async function openEmbedDialog(user: ReturnType<typeof userEvent.setup>) {
  const row = within(await screen.findByRole('group', { name: toolsName }))
  const button = row.getByRole('button', { name: 'Bädda in' })
  expect(button).toHaveAttribute('aria-haspopup', 'dialog')
  await user.click(button)
  return { button, dialog: await screen.findByRole('dialog', { name: /^Bädda in statistiken: / }) }
}

describe('“Bädda in”', () => {
  test('shows the iframe code for the statistic’s embed address, ready to copy; copying says so; × returns focus', async () => {
    const user = userEvent.setup()
    renderApp(besok)
    const { button, dialog } = await openEmbedDialog(user)
    expect(dialog).toHaveAccessibleName('Bädda in statistiken: Besök i hälso- och sjukvården')
    const code = within(dialog).getByRole('textbox', { name: 'HTML-kod' })
    expect(code).toHaveAttribute('readonly')
    expect((code as HTMLTextAreaElement).value.split('\n')[0]).toBe(
      `<iframe src="${window.location.origin}/2018/halso-och-sjukvard/besok/embed" title="Besök i hälso- och sjukvården – Årsberättelse 2018" width="100%" height="480" style="border:0;width:100%" loading="lazy" data-arsberattelse></iframe>`,
    )

    const status = dialog.querySelector('[aria-live="polite"]')!
    expect(status.textContent).toBe('')
    await user.click(within(dialog).getByRole('button', { name: 'Kopiera koden' }))
    expect(await navigator.clipboard.readText()).toBe((code as HTMLTextAreaElement).value)
    await waitFor(() => expect(status).toHaveTextContent('Koden är kopierad'))

    await user.click(within(dialog).getByRole('button', { name: 'Stäng' }))
    expect(dialog).not.toHaveAttribute('open')
    expect(button).toHaveFocus()
  })

  test('escapes the title (and the address) as HTML attribute values', async () => {
    const source = changedDatasetSource((doc) => {
      if (doc._id === 'statistic-2018-vard-besok') doc.title = 'Besök & "vård" <i> \'18'
    })
    const user = userEvent.setup()
    renderApp(besok, source)
    const { dialog } = await openEmbedDialog(user)
    const value = (within(dialog).getByRole('textbox', { name: 'HTML-kod' }) as HTMLTextAreaElement).value
    expect(value).toContain(' title="Besök &amp; &quot;vård&quot; &lt;i&gt; &#39;18 – Årsberättelse 2018" ')
    // The iframe and the resize script, the iframe's attributes intact, whatever the title held.
    const parsed = new DOMParser().parseFromString(value, 'text/html').body
    expect([...parsed.children].map((element) => element.tagName)).toEqual(['IFRAME', 'SCRIPT'])
    const iframe = parsed.querySelector('iframe')!
    expect(iframe.getAttribute('title')).toBe('Besök & "vård" <i> \'18 – Årsberättelse 2018')
    expect(iframe.getAttribute('src')).toBe(`${window.location.origin}/2018/halso-och-sjukvard/besok/embed`)
    expect(iframe.getAttribute('loading')).toBe('lazy')
  })

  test('the embed page is the statistic alone, with its data tools and a link to the report for the top window', async () => {
    const user = userEvent.setup()
    renderApp(`${besok}/embed`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Besök i hälso- och sjukvården' })).toBeInTheDocument()
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument()
    const link = screen.getByRole('link', { name: 'Se statistiken i årsberättelsen' })
    expect(link).toHaveAttribute('href', besok)
    expect(link).toHaveAttribute('target', '_top')
    const row = within(screen.getByRole('group', { name: toolsName }))
    expect(row.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Visa som tabell',
      'Ladda ner data (CSV)',
      'Ladda ner bild (PNG)',
      'Ladda ner bild (SVG)',
      'Kopiera länk',
    ])
    await user.click(row.getByRole('button', { name: 'Visa som tabell' }))
    expect(screen.getByRole('table', { name: /Besök efter yrkesgrupp 2018/ })).toBeInTheDocument()
  })
})
