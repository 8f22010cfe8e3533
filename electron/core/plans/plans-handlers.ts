// Contract methods for plans, versions and templates.
import type { plansMethods } from '../../../shared/contract/plans';
import type { HandlerMap } from '../../../shared/api';
import type { CoreContext } from '../context';
import { addItem, moveItem, removeItem, restoreItem, updateItem } from './plan-items';
import { applyItemStep, setItemStep } from './plan-item-steps';
import { keepItemContent, libraryChanges, updateItemFromLibrary } from './plan-library-sync';
import { diffVersions, getVersion, issuePlan, listVersions } from './plan-versions';
import { getPlan } from './plan-write';
import { acknowledgeRedFlag, recordRedFlag } from './plan-red-flags';
import { addPhase, movePhase, removePhase, updatePhase } from './plan-phases';
import { decidePhase, phaseProgress, setPhaseCriteria } from './plan-progression';
import {
  createPlan,
  listPlansForPatient,
  setArchived,
  setGoals,
  setStatus,
  updatePlan,
} from './plans-service';
import { listTemplates, saveAsTemplate, setTemplateArchived } from './templates';

export function plansHandlers(ctx: CoreContext): Pick<HandlerMap, keyof typeof plansMethods> {
  return {
    'plans.listForPatient': ({ patientId, includeArchived }) =>
      listPlansForPatient(ctx, patientId, includeArchived),
    'plans.get': ({ planId }) => getPlan(ctx, planId),
    'plans.create': (input) => createPlan(ctx, input),
    'plans.update': (input) => updatePlan(ctx, input),
    'plans.setStatus': (input) => setStatus(ctx, input),
    'plans.archive': (input) => setArchived(ctx, input, true),
    'plans.restore': (input) => setArchived(ctx, input, false),
    'plans.setGoals': (input) => setGoals(ctx, input),
    'plans.addPhase': (input) => addPhase(ctx, input),
    'plans.updatePhase': (input) => updatePhase(ctx, input),
    'plans.movePhase': (input) => movePhase(ctx, input),
    'plans.removePhase': (input) => removePhase(ctx, input),
    'plans.setPhaseCriteria': (input) => setPhaseCriteria(ctx, input),
    'plans.phaseProgress': (input) => phaseProgress(ctx, input),
    'plans.decidePhase': (input) => decidePhase(ctx, input),
    'plans.libraryChanges': ({ planId }) => libraryChanges(ctx, planId),
    'plans.updateItemFromLibrary': (input) => updateItemFromLibrary(ctx, input),
    'plans.keepItemContent': (input) => keepItemContent(ctx, input),
    'plans.addItem': (input) => addItem(ctx, input),
    'plans.updateItem': (input) => updateItem(ctx, input),
    'plans.setItemStep': (input) => setItemStep(ctx, input),
    'plans.applyItemStep': (input) => applyItemStep(ctx, input),
    'plans.moveItem': (input) => moveItem(ctx, input),
    'plans.removeItem': (input) => removeItem(ctx, input),
    'plans.restoreItem': (input) => restoreItem(ctx, input),
    'plans.recordRedFlag': (input) => recordRedFlag(ctx, input),
    'plans.acknowledgeRedFlag': (input) => acknowledgeRedFlag(ctx, input),
    'plans.issue': (input) => issuePlan(ctx, input),
    'plans.listVersions': ({ planId }) => listVersions(ctx, planId),
    'plans.getVersion': ({ versionId }) => getVersion(ctx, versionId),
    'plans.diffVersions': (input) => diffVersions(ctx, input),
    'plans.listTemplates': ({ includeArchived }) => listTemplates(ctx, includeArchived),
    'plans.saveAsTemplate': (input) => saveAsTemplate(ctx, input),
    'plans.archiveTemplate': ({ templateId }) => setTemplateArchived(ctx, templateId, true),
    'plans.restoreTemplate': ({ templateId }) => setTemplateArchived(ctx, templateId, false),
  };
}
