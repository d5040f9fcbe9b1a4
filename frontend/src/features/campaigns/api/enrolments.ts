import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Enrolment, EnrolmentChange, EnrolmentForm, EnrolmentPage, EnrolmentSearch } from './types'

/** The organizations of the caller's subtree planned or enrolled under the plan. */
export function searchEnrolments(id: number, query: EnrolmentSearch): Promise<EnrolmentPage> {
  return call(api.GET('/api/v1/campaigns/{id}/enrolments', { params: { path: { id }, query } })) as Promise<EnrolmentPage>
}

/** Plans an organization for a year, or enrols it (409 naming organizationId when it already is). */
export function enrol(id: number, body: EnrolmentForm): Promise<Enrolment> {
  return call(api.POST('/api/v1/campaigns/{id}/enrolments', { params: { path: { id } }, body })) as Promise<Enrolment>
}

/** Moves a planned organization to another year, or records the day it enrolled. */
export function updateEnrolment(enrolment: Pick<Enrolment, 'id' | 'campaignId' | 'version'>, body: EnrolmentChange): Promise<Enrolment> {
  return call(
    api.PUT('/api/v1/campaigns/{id}/enrolments/{enrolmentId}', {
      params: {
        path: { id: enrolment.campaignId, enrolmentId: enrolment.id },
        header: { 'If-Match': ifMatch(enrolment.version) },
      },
      body,
    }),
  ) as Promise<Enrolment>
}
