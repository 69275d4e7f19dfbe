// Reference rows map the same way on the desktop and the server: one shared mapping.
export { areaFromRow, categoryFromRow, requesterFromRow } from '../../shared/sync/rows/reference-columns';
