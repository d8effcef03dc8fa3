import { screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { bundledSource } from '../../support/render-app'
import { changedDatasetSource, renderAppWithLocation } from './support'

const location = () => screen.getByTestId('location').textContent

describe('a statistic’s former slug', () => {
  test('leads to the statistic at its address now (2018 healthcare: vardbesok → besok)', async () => {
    renderAppWithLocation('/2018/halso-och-sjukvard/vardbesok', bundledSource())
    expect(await screen.findByRole('heading', { level: 2, name: 'Besök i hälso- och sjukvården' })).toBeInTheDocument()
    expect(location()).toBe('/2018/halso-och-sjukvard/besok')
    expect(screen.queryByRole('heading', { name: 'Sidan finns inte' })).not.toBeInTheDocument()
  })

  test('works for the embed address too', async () => {
    renderAppWithLocation('/2018/halso-och-sjukvard/vardbesok/embed', bundledSource())
    expect(await screen.findByRole('heading', { level: 1, name: 'Besök i hälso- och sjukvården' })).toBeInTheDocument()
    expect(location()).toBe('/2018/halso-och-sjukvard/besok/embed')
  })

  test('only within its own area and year', async () => {
    renderAppWithLocation('/2017/halso-och-sjukvard/vardbesok', bundledSource())
    expect(await screen.findByRole('heading', { name: 'Sidan finns inte' })).toBeInTheDocument()
    expect(location()).toBe('/2017/halso-och-sjukvard/vardbesok')
  })

  test('never hides a statistic that has that slug now', async () => {
    const source = changedDatasetSource((doc) => {
      if (doc._id === 'statistic-2018-vard-besok') doc.formerSlugs = ['vardbesok', 'besok-per-patient']
    })
    renderAppWithLocation('/2018/halso-och-sjukvard/besok-per-patient', source)
    expect(await screen.findByRole('heading', { level: 2, name: 'Besök per patient' })).toBeInTheDocument()
    expect(location()).toBe('/2018/halso-och-sjukvard/besok-per-patient')
  })
})
