import { readonly, ref, type Ref } from 'vue'

/** Below this width the side menu becomes a drawer and tables drop secondary columns. */
export const MOBILE_QUERY = '(max-width: 767.98px)'

const isMobile = ref(false)
let listening = false

/** One shared media-query listener for the whole app, not one per component (tables have many rows). */
export function useIsMobile(): Readonly<Ref<boolean>> {
  if (!listening && typeof window !== 'undefined' && typeof window.matchMedia === 'function') {
    const query = window.matchMedia(MOBILE_QUERY)
    isMobile.value = query.matches
    query.addEventListener('change', (event) => (isMobile.value = event.matches))
    listening = true
  }
  return readonly(isMobile)
}
