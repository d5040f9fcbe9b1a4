import { createRouter, createWebHistory, START_LOCATION, type Router } from 'vue-router'
import { askForFirstFigures } from '@/features/dashboard/first-figures'
import { redirectQuery } from '@/lib/session/redirect'
import { restoreSession } from '@/lib/session/session-actions'
import { setSessionNavigation } from '@/lib/session/session-navigation'
import { useSessionStore } from '@/lib/session/session-store'
import type { Permission } from '@/lib/session/types'
import AppLayout from './layouts/app-layout.vue'
import { NO_ACCESS_PATH } from './nav'
import { decideNavigation } from './route-guard'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (browser tab). */
    titleKey?: string
    /** Open without a login (the login page). */
    public?: boolean
    /** The function the page needs; without it the user is sent to the first page allowed. */
    permission?: Permission
    /** The entry point `/`: forwards to the first page the user may open. */
    home?: boolean
  }
}

// Where users land: fetched beside the session's user after a reload (see installRouteGuard).
const dashboardPage = () => import('@/features/dashboard/views/dashboard-page.vue')

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    {
      path: '/login',
      name: 'login',
      component: () => import('@/features/auth/views/login-page.vue'),
      meta: { public: true, titleKey: 'auth.login.title' },
    },
    {
      path: '/change-password',
      name: 'change-password',
      component: () => import('@/features/auth/views/change-password-page.vue'),
      meta: { titleKey: 'auth.password.title' },
    },
    {
      path: '/',
      component: AppLayout,
      children: [
        // Never rendered: the guard forwards to the first page the user may open.
        { path: '', name: 'home', component: () => import('./views/no-access.vue'), meta: { home: true } },
        {
          // 工作概况: the report's figures for a subtree and period; where users land.
          path: 'dashboard',
          name: 'dashboard',
          component: dashboardPage,
          meta: { titleKey: 'nav.dashboard', permission: 'ORGANIZATION_READ' },
        },
        {
          path: 'organizations',
          name: 'organizations',
          component: () => import('@/features/organizations/views/organization-list.vue'),
          meta: { titleKey: 'nav.organizations', permission: 'ORGANIZATION_READ' },
        },
        {
          path: 'leadership',
          name: 'leadership',
          component: () => import('@/features/leadership/views/leadership-page.vue'),
          meta: { titleKey: 'leadership.title', permission: 'ORGANIZATION_READ' },
        },
        {
          path: 'trainings',
          name: 'trainings',
          component: () => import('@/features/trainings/views/training-list.vue'),
          meta: { titleKey: 'training.title', permission: 'ORGANIZATION_READ' },
        },
        {
          path: 'trainings/:id(\\d+)',
          name: 'training',
          component: () => import('@/features/trainings/views/training-detail.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { titleKey: 'training.detail.title', permission: 'ORGANIZATION_READ' },
        },
        {
          path: 'research-visits',
          name: 'research-visits',
          component: () => import('@/features/research-visits/views/research-visit-list.vue'),
          meta: { titleKey: 'research.title', permission: 'ORGANIZATION_READ' },
        },
        {
          path: 'volunteers',
          name: 'volunteers',
          component: () => import('@/features/volunteers/views/volunteer-list.vue'),
          meta: { titleKey: 'nav.volunteers', permission: 'VOLUNTEER_READ' },
        },
        {
          path: 'volunteers/import',
          name: 'volunteer-import',
          component: () => import('@/features/volunteer-imports/views/volunteer-import-page.vue'),
          meta: { titleKey: 'volunteerImport.title', permission: 'VOLUNTEER_WRITE' },
        },
        {
          path: 'volunteers/:id(\\d+)',
          name: 'volunteer',
          component: () => import('@/features/volunteers/views/volunteer-detail.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { titleKey: 'volunteer.detail.title', permission: 'VOLUNTEER_READ' },
        },
        {
          path: 'teams',
          name: 'teams',
          component: () => import('@/features/teams/views/team-list.vue'),
          meta: { titleKey: 'nav.teams', permission: 'VOLUNTEER_READ' },
        },
        {
          path: 'teams/:id(\\d+)',
          name: 'team',
          component: () => import('@/features/teams/views/team-detail.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { titleKey: 'team.detail.title', permission: 'VOLUNTEER_READ' },
        },
        {
          path: 'honors',
          name: 'honors',
          component: () => import('@/features/honors/views/honor-list.vue'),
          meta: { titleKey: 'nav.honors', permission: 'VOLUNTEER_READ' },
        },
        {
          path: 'honors/:id(\\d+)',
          name: 'honor',
          component: () => import('@/features/honors/views/honor-detail.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { titleKey: 'honor.detail.title', permission: 'VOLUNTEER_READ' },
        },
        {
          path: 'pairs',
          name: 'pairs',
          component: () => import('@/features/pairs/views/pair-list.vue'),
          meta: { titleKey: 'nav.pairs', permission: 'PAIR_READ' },
        },
        {
          // 记录活动: the group leader's page, one tap from the pair list.
          path: 'pairs/record',
          name: 'pair-record',
          component: () => import('@/features/pairs/views/quick-record-page.vue'),
          meta: { titleKey: 'pair.record.title', permission: 'ACTIVITY_RECORD' },
        },
        {
          path: 'pairs/:id(\\d+)',
          name: 'pair',
          component: () => import('@/features/pairs/views/pair-detail.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { titleKey: 'pair.detail.title', permission: 'PAIR_READ' },
        },
        {
          path: 'beneficiaries',
          name: 'beneficiaries',
          component: () => import('@/features/beneficiaries/views/beneficiary-list.vue'),
          meta: { titleKey: 'nav.beneficiaries', permission: 'PAIR_READ' },
        },
        {
          path: 'beneficiaries/:id(\\d+)',
          name: 'beneficiary',
          component: () => import('@/features/beneficiaries/views/beneficiary-detail.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { titleKey: 'beneficiary.detail.title', permission: 'PAIR_READ' },
        },
        {
          path: 'awards',
          name: 'awards',
          component: () => import('@/features/awards/views/award-board.vue'),
          meta: { titleKey: 'nav.awards', permission: 'ASSESSMENT_READ' },
        },
        {
          // 称号记录: one organization's 五好 title, oldest first.
          path: 'awards/organizations/:id(\\d+)',
          name: 'award-organization',
          component: () => import('@/features/awards/views/title-history.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { titleKey: 'award.history.title', permission: 'ASSESSMENT_READ' },
        },
        {
          path: 'campaigns',
          name: 'campaigns',
          component: () => import('@/features/campaigns/views/campaign-list.vue'),
          meta: { titleKey: 'nav.campaigns', permission: 'ASSESSMENT_READ' },
        },
        {
          path: 'campaigns/:id(\\d+)',
          name: 'campaign',
          component: () => import('@/features/campaigns/views/campaign-detail.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { titleKey: 'campaign.title', permission: 'ASSESSMENT_READ' },
        },
        {
          path: 'evaluations',
          name: 'evaluations',
          component: () => import('@/features/evaluations/views/evaluation-list.vue'),
          meta: { titleKey: 'nav.evaluations', permission: 'ASSESSMENT_READ' },
        },
        {
          // 评分: the scoring form, also used on a phone during an on-site check.
          path: 'evaluations/:id(\\d+)',
          name: 'evaluation',
          component: () => import('@/features/evaluations/views/evaluation-detail.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { titleKey: 'evaluation.detail.title', permission: 'ASSESSMENT_READ' },
        },
        {
          path: 'assessment-templates',
          name: 'assessment-templates',
          component: () => import('@/features/assessment-templates/views/template-list.vue'),
          meta: { titleKey: 'nav.assessmentTemplates', permission: 'ASSESSMENT_READ' },
        },
        {
          // A new sheet, empty or a copy of `from`.
          path: 'assessment-templates/new',
          name: 'assessment-template-new',
          component: () => import('@/features/assessment-templates/views/template-create.vue'),
          props: (route) => ({ from: /^\d+$/.test(String(route.query.from ?? '')) ? Number(route.query.from) : undefined }),
          meta: { titleKey: 'sheet.editor.createTitle', permission: 'ASSESSMENT_MANAGE' },
        },
        {
          path: 'assessment-templates/:id(\\d+)',
          name: 'assessment-template',
          component: () => import('@/features/assessment-templates/views/template-detail.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { titleKey: 'sheet.detail.title', permission: 'ASSESSMENT_READ' },
        },
        {
          path: 'party-building',
          name: 'party-building',
          component: () => import('@/features/party-building/views/party-building-results.vue'),
          meta: { titleKey: 'nav.partyBuilding', permission: 'ASSESSMENT_READ' },
        },
        {
          // 工作总结: ?orgId=&period= open that draft (the dashboard links here); not in the side menu.
          path: 'reports/work-summary',
          name: 'work-summary',
          component: () => import('@/features/work-report/views/work-report-page.vue'),
          meta: { titleKey: 'workReport.title', permission: 'ORGANIZATION_READ' },
        },
        {
          path: 'users',
          name: 'users',
          component: () => import('@/features/users/views/user-list.vue'),
          meta: { titleKey: 'nav.users', permission: 'USER_READ' },
        },
        {
          path: 'audit',
          name: 'audit',
          component: () => import('@/features/audit/views/audit-list.vue'),
          meta: { titleKey: 'nav.audit', permission: 'AUDIT_READ' },
        },
        {
          path: 'api-keys',
          name: 'api-keys',
          component: () => import('@/features/api-keys/views/api-key-list.vue'),
          meta: { titleKey: 'nav.apiKeys', permission: 'API_KEY_MANAGE' },
        },
        {
          // Every logged-in user's own security settings: no permission needed.
          path: 'account',
          name: 'account',
          component: () => import('@/features/account/views/account-page.vue'),
          meta: { titleKey: 'account.title' },
        },
        {
          path: NO_ACCESS_PATH.slice(1),
          name: 'no-access',
          component: () => import('./views/no-access.vue'),
          meta: { titleKey: 'auth.noAccess.title' },
        },
      ],
    },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
})

/** Checks every navigation against the session; after a reload it first fetches who is logged in. */
export function installRouteGuard(target: Router): void {
  target.beforeEach(async (to) => {
    const session = useSessionStore()
    if (session.token && !session.user) {
      // The first page after a reload is most often the dashboard: its chunk downloads, and its first
      // figures are asked for, while /me answers.
      if (to.path === '/' || to.name === 'dashboard') {
        void dashboardPage().catch(() => undefined)
        askForFirstFigures(to.query)
      }
      await restoreSession()
    }
    return decideNavigation(to, {
      authenticated: session.isAuthenticated && session.user !== null,
      mustChangePassword: session.mustChangePassword,
      mustEnrolTotp: session.mustEnrolTotp,
      permissions: session.permissions,
    })
  })

  setSessionNavigation({
    toLogin() {
      const current = target.currentRoute.value
      // During the first navigation the guard itself sends the user to the login page.
      if (current === START_LOCATION || current.meta.public) return
      void target.replace({ name: 'login', query: redirectQuery(current.fullPath) })
    },
    toPasswordChange() {
      const current = target.currentRoute.value
      if (current === START_LOCATION || current.name === 'change-password') return
      void target.replace({ name: 'change-password', query: redirectQuery(current.fullPath) })
    },
    toTotpEnrolment() {
      const current = target.currentRoute.value
      if (current === START_LOCATION || current.name === 'account') return
      void target.replace({ name: 'account', query: redirectQuery(current.fullPath) })
    },
  })
}

installRouteGuard(router)
