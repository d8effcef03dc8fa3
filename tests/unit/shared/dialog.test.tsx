import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useRef, useState } from 'react'
import { describe, expect, test, vi } from 'vitest'
import { Dialog } from '../../../src/shared/ui/Dialog'

function WithDialog({ onClose }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  return (
    <>
      <button ref={opener} type="button" onClick={() => setOpen(true)}>
        Öppna
      </button>
      <Dialog
        open={open}
        onClose={() => {
          onClose?.()
          setOpen(false)
        }}
        title="Om statistiken"
        closeLabel="Stäng"
        returnFocusTo={opener}
      >
        <p>Definitionen</p>
      </Dialog>
    </>
  )
}

/** Lets the browser's late `close` event (see tests/support/setup-dom.ts) arrive. */
const nextTask = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)))

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
    // Focus starts inside, on ×.
    expect(screen.getByRole('button', { name: 'Stäng' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Stäng' }))
    expect(dialog).not.toHaveAttribute('open')
    expect(dialog).toBeEmptyDOMElement()
    expect(screen.getByRole('button', { name: 'Öppna' })).toHaveFocus()
  })

  test('Esc reports the closing at once, so Enter on the button right after opens it again', async () => {
    const onClose = vi.fn()
    // No pause between keys: the next key comes before the browser's `close` event.
    const user = userEvent.setup({ delay: null })
    const { container } = render(<WithDialog onClose={onClose} />)
    const dialog = container.querySelector('dialog') as HTMLDialogElement
    const opener = screen.getByRole('button', { name: 'Öppna' })
    await user.click(opener)
    await user.keyboard('{Escape}')
    expect(dialog).not.toHaveAttribute('open')
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(opener).toHaveFocus()
    // Before the browser's `close` event has arrived:
    await user.keyboard('{Enter}')
    expect(dialog).toHaveAttribute('open')
    // The late `close` event of the first opening does not close the second.
    await nextTask()
    expect(dialog).toHaveAttribute('open')
    expect(onClose).toHaveBeenCalledTimes(1)
    await user.keyboard('{Escape}')
    await nextTask()
    expect(dialog).not.toHaveAttribute('open')
    expect(onClose).toHaveBeenCalledTimes(2)
  })

  test('a closing by the browser itself (the `close` event alone) is reported too', async () => {
    const onClose = vi.fn()
    const user = userEvent.setup()
    const { container } = render(<WithDialog onClose={onClose} />)
    const dialog = container.querySelector('dialog') as HTMLDialogElement
    await user.click(screen.getByRole('button', { name: 'Öppna' }))
    act(() => HTMLDialogElement.prototype.close.call(dialog))
    await nextTask()
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(dialog).toBeEmptyDOMElement()
  })

  test('closes on a press and release on the backdrop, not when a selection is dragged out onto it', async () => {
    const user = userEvent.setup()
    const { container } = render(<WithDialog />)
    const dialog = container.querySelector('dialog') as HTMLDialogElement
    await user.click(screen.getByRole('button', { name: 'Öppna' }))
    vi.spyOn(dialog, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 100, y: 100, width: 300, height: 200 }),
    )
    const text = screen.getByText('Definitionen')
    fireEvent.pointerDown(text, { clientX: 150, clientY: 150 })
    fireEvent.click(dialog, { clientX: 10, clientY: 10 })
    expect(dialog).toHaveAttribute('open')
    // Pressed on the backdrop, released inside: no.
    fireEvent.pointerDown(dialog, { clientX: 10, clientY: 10 })
    fireEvent.click(dialog, { clientX: 150, clientY: 150 })
    expect(dialog).toHaveAttribute('open')
    fireEvent.pointerDown(dialog, { clientX: 10, clientY: 10 })
    fireEvent.click(dialog, { clientX: 12, clientY: 10 })
    expect(dialog).not.toHaveAttribute('open')
  })
})
