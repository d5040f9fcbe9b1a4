import { createRouter, createWebHistory } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (browser tab). */
    titleKey?: string
  }
}

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', redirect: '/organizations' },
    {
      path: '/organizations',
      name: 'organizations',
      component: () => import('@/features/organizations/views/organization-list.vue'),
      meta: { titleKey: 'nav.organizations' },
    },
    { path: '/:pathMatch(.*)*', redirect: '/organizations' },
  ],
})
