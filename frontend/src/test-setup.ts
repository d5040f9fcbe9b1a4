import { createPinia, setActivePinia } from 'pinia'
import { beforeEach } from 'vitest'

// Every test starts logged out with a fresh store: the API client's auth middleware reads the
// session store, which needs an active Pinia even in tests that never log in.
beforeEach(() => {
  sessionStorage.clear()
  setActivePinia(createPinia())
})
