import { LazyMotion, MotionConfig } from 'framer-motion'
import type { ReactNode } from 'react'

const loadFeatures = () => import('./features').then((module) => module.default)

/**
 * framer-motion with its features in a chunk of their own, so the statistic's text paints
 * before any animation code arrives. `reducedMotion="user"` turns slides into plain changes
 * for readers who ask their system for less motion.
 */
export function MotionProvider({ children }: { children: ReactNode }) {
  return (
    <MotionConfig reducedMotion="user">
      <LazyMotion features={loadFeatures} strict>
        {children}
      </LazyMotion>
    </MotionConfig>
  )
}
