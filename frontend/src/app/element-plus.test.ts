import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Component } from 'vue'
import { landingComponents } from './element-plus'
import { otherComponents } from './element-plus-rest'

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return vueFiles(path)
    return entry.name.endsWith('.vue') ? [path] : []
  })
}

function componentsIn(files: string[]): Set<string> {
  const used = new Set<string>()
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/<(el-[a-z-]+)/g)) used.add(pascal(match[1]!))
  }
  return used
}

const src = join(__dirname, '..')

const kebab = (name: string) => name.replace(/^El/, '').replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase()

const pascal = (tag: string) =>
  tag
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')

describe('installElementPlus', () => {
  it('registers every Element Plus component a template uses', () => {
    const used = componentsIn(vueFiles(src))
    expect(used.size).toBeGreaterThan(10)
    const missing = [...used].filter((name) => !(name in landingComponents) && !(name in otherComponents))
    expect(missing).toEqual([])
  })

  it('registers up front what the shell, the login page and the dashboard use', () => {
    const landing = [
      'app/App.vue',
      'app/layouts',
      'app/views',
      'features/auth',
      'features/dashboard',
      'lib/organizations/organization-select.vue',
      'lib/ui/named-period-select.vue',
      'lib/i18n/locale-switch.vue',
    ].flatMap((path) => (path.endsWith('.vue') ? [join(src, path)] : vueFiles(join(src, path))))
    const missing = [...componentsIn(landing)].filter((name) => !(name in landingComponents))
    expect(missing).toEqual([])
  })

  it('brings each registered component\'s stylesheet with it', () => {
    const missing = (file: string, components: Record<string, Component>) => {
      const source = readFileSync(join(src, 'app', file), 'utf8')
      return Object.keys(components).filter((name) => !source.includes(`'element-plus/es/components/${kebab(name)}/style/css'`))
    }
    expect(missing('element-plus.ts', landingComponents)).toEqual([])
    expect(missing('element-plus-rest.ts', otherComponents)).toEqual([])
  })
})
