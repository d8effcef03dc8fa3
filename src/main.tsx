import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { App } from './app/App'
import { createAppQueryClient } from './app/queryClient'
import { loadRoute } from './app/routes'
import { contentSource } from './content/sources'
import './styles/global.css'

const queryClient = createAppQueryClient()
const source = contentSource()

// Start the content request now, in parallel with React's first render.
void loadRoute(queryClient, source, window.location.pathname)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element.')

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <App queryClient={queryClient} source={source} />
    </BrowserRouter>
  </StrictMode>,
)
