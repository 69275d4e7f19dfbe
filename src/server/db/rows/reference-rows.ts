// Reference rows map the same way on the server and the desktop: one shared mapping.
export {
  agentFromRow,
  areaFromRow,
  categoryFromRow,
  groupFromRow,
  organizationFromRow,
  requesterFromRow,
} from '../../../shared/sync/rows/reference-columns';
