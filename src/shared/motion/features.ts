// Loaded after first paint: animations, exit animations and drag (domMax includes drag).
import { domMax } from 'framer-motion'

export default domMax
