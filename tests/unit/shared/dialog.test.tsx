import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, test } from 'vitest'
import { Dialog } from '../../../src/shared/ui/Dialog'

function WithDialog() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Öppna
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Om statistiken" closeLabel="Stäng">
        <p>Definitionen</p>
      </Dialog>
    </>
  )
}

describe('Dialog', () => {
  test('builds its content only while open, named by its title then', async () => {
    const user = userEvent.setup()
    const { container } = render(<WithDialog />)
    const dialog = container.querySelector('dialog') as HTMLDialogElement
    expect(dialog).not.toHaveAttribute('open')
    expect(dialog).toBeEmptyDOMElement()
    expect(dialog).not.toHaveAttribute('aria-labelledby')

    await user.click(screen.getByRole('button', { name: 'Öppna' }))
    expect(dialog).toHaveAttribute('open')
    expect(screen.getByRole('dialog', { name: 'Om statistiken' })).toBe(dialog)
    expect(dialog).toHaveTextContent('Definitionen')

    await user.click(screen.getByRole('button', { name: 'Stäng' }))
    expect(dialog).not.toHaveAttribute('open')
    expect(dialog).toBeEmptyDOMElement()
    expect(screen.getByRole('button', { name: 'Öppna' })).toHaveFocus()
  })
})
