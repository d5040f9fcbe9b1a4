import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { elementComponents } from './element-plus'

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return vueFiles(path)
    return entry.name.endsWith('.vue') ? [path] : []
  })
}

const pascal = (tag: string) =>
  tag
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')

describe('installElementPlus', () => {
  it('registers every Element Plus component a template uses', () => {
    const used = new Set<string>()
    for (const file of vueFiles(join(__dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/<(el-[a-z-]+)/g)) used.add(pascal(match[1]!))
    }
    expect(used.size).toBeGreaterThan(10)
    const missing = [...used].filter((name) => !(name in elementComponents))
    expect(missing).toEqual([])
  })
})
