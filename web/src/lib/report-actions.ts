import { action, redirect } from '@solidjs/router';
import { deadlinePut, narrativePatch, narrativeSections, reportCreate } from '../../../shared/reports';
import { api } from './api';
import { text, validate, type FormInput } from './forms';

/** What can be done to reports and, for a parent, to its deadlines (issue 8). */

// Actions that validate are async: a synchronous throw would escape the router's submission.
export const createReportAction = action(async (slug: string, form: FormInput) => {
  const { period } = validate(reportCreate, { period: text(form, 'period') });
  const created = await api.createReport(slug, period);
  throw redirect(`/w/${slug}/reports/${created.id}`);
}, 'createReport');

export const saveNarrativeAction = action(async (slug: string, id: string, form: FormInput) => {
  const patch = validate(narrativePatch, Object.fromEntries(narrativeSections.map((s) => [s, text(form, s)])));
  return api.updateReport(slug, id, patch);
}, 'saveNarrative');

export const submitReportAction = action((slug: string, id: string) => api.submitReport(slug, id), 'submitReport');

export const deleteReportAction = action(async (slug: string, id: string) => {
  await api.deleteReport(slug, id);
  throw redirect(`/w/${slug}/reports`);
}, 'deleteReport');

export const setDeadlineAction = action(async (slug: string, period: string, form: FormInput) => {
  const { dueOn } = validate(deadlinePut, { dueOn: text(form, 'dueOn') });
  return api.setDeadline(slug, period, dueOn);
}, 'setDeadline');

export const removeDeadlineAction = action((slug: string, period: string) => api.removeDeadline(slug, period), 'removeDeadline');
