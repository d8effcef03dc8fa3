import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** Renders the error view; `reset` clears the error and renders the children again. */
  fallback: (props: { error: unknown; reset: () => void }) => ReactNode
  onReset?: () => void
  children: ReactNode
}

interface State {
  error: unknown
  hasError: boolean
}

/** Catches what a view throws (a failed fetch, malformed content) so no page goes blank. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, hasError: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, hasError: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Årsberättelsen kunde inte visas:', error, info.componentStack)
  }

  reset = (): void => {
    this.props.onReset?.()
    this.setState({ error: null, hasError: false })
  }

  override render(): ReactNode {
    if (this.state.hasError) return this.props.fallback({ error: this.state.error, reset: this.reset })
    return this.props.children
  }
}
