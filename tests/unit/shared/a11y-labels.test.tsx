import { render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, test } from 'vitest'
import { pageHeading } from '../../../src/app/usePageChangeFocus'
import { ariaCurrent } from '../../../src/shared/ariaCurrent'
import { BackLink } from '../../../src/shared/ui/BackLink'

describe('ariaCurrent', () => {
  test('"page" only where the link leads to the URL shown; "true" for the current item elsewhere', () => {
    expect(ariaCurrent(true, '/2018', '/2018')).toBe('page')
    expect(ariaCurrent(true, '/2018', '/2018/')).toBe('page')
    expect(ariaCurrent(true, '/2018/halso-och-sjukvard', '/2018/halso-och-sjukvard')).toBe('page')
    expect(ariaCurrent(true, '/2018', '/2018/halso-och-sjukvard/besok-per-patient')).toBe('true')
    expect(ariaCurrent(true, '/2018/halso-och-sjukvard', '/2018/halso-och-sjukvard/artiklar/x')).toBe('true')
    expect(ariaCurrent(true, '/2019', '/')).toBe('true')
    expect(ariaCurrent(false, '/2018', '/2018')).toBeUndefined()
  })
})

describe('BackLink', () => {
  const name = (label: string) => {
    const { unmount } = render(
      <MemoryRouter>
        <BackLink to="/2018" label={label} />
      </MemoryRouter>,
    )
    const link = screen.getByRole('link')
    const result = {
      name: link,
      text: link.textContent,
      hidden: link.querySelector('[aria-hidden="true"]')?.textContent ?? null,
    }
    unmount()
    return result
  }

  test('“« Tillbaka” shows « but is named “Tillbaka”', () => {
    render(
      <MemoryRouter>
        <BackLink to="/2018" label="« Tillbaka" />
      </MemoryRouter>,
    )
    const link = screen.getByRole('link', { name: 'Tillbaka' })
    expect(link).toHaveTextContent('« Tillbaka')
    expect(link.querySelector('[aria-hidden="true"]')).toHaveTextContent('«')
  })

  test('other marks too; a label without marks, or of marks alone, is its own name', () => {
    expect(name('←Tillbaka')).toMatchObject({ hidden: '←' })
    expect(name('Tillbaka')).toMatchObject({ text: 'Tillbaka', hidden: null })
    expect(name('«')).toMatchObject({ text: '«', hidden: null })
  })
})

describe('pageHeading', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  test('is the h1 in <main>, focusable from script only', () => {
    document.body.innerHTML = '<main id="innehall" tabindex="-1"><p>a</p><h1>Kultur</h1></main>'
    const heading = pageHeading()
    expect(heading?.tagName).toBe('H1')
    expect(heading?.tabIndex).toBe(-1)
    heading?.focus()
    expect(document.activeElement).toBe(heading)
  })

  test('is <main> when the view has no h1', () => {
    document.body.innerHTML = '<main id="innehall" tabindex="-1"><p>a</p></main>'
    expect(pageHeading()?.id).toBe('innehall')
  })
})
