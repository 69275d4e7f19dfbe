/**
 * Public surface of the SLA business-time core. Pure: luxon, ical.js and zod only.
 *
 * Instants: inputs are ISO-8601 with `Z` or an offset (fractions of a second truncated); outputs are
 * always UTC at second precision, `YYYY-MM-DDTHH:MM:SSZ`. Durations are whole seconds.
 */
export { addBusinessTime, businessSecondsBetween, MAX_DURATION_SECONDS } from './business-time';
export type { BusinessTimeOptions } from './business-time';
export type { Pause } from './pauses';
export { compileCalendar } from './compiled-calendar';
// Type only: build one with compileCalendar, which validates and memoizes.
export type { CompiledCalendar } from './compiled-calendar';
export { CALENDAR_ERROR_CODES, calendarSchema, parseCalendar, WEEKDAYS } from './calendar';
export type {
  BusinessHoursInterval,
  Calendar,
  CalendarErrorCode,
  CalendarParseResult,
  Holiday,
  Weekday,
} from './calendar';
export { formatInstant, parseInstant } from './instant';
export { isSlaError, SLA_ERROR_CODES, SlaError } from './sla-error';
export type { SlaErrorCode, SlaErrorParams } from './sla-error';
export type { ValidationError, ValidationParams } from './validation-error';
export {
  DEFAULT_ICS_MAX_BYTES,
  DEFAULT_ICS_MAX_EVENTS,
  ICS_ERROR_CODES,
  ICS_WARNING_CODES,
  importHolidaysFromIcs,
} from './import-ics';
export type {
  IcsErrorCode,
  IcsWarning,
  IcsWarningCode,
  ImportedHoliday,
  ImportHolidaysOptions,
  ImportHolidaysResult,
} from './import-ics';
export {
  DEFAULT_THRESHOLDS,
  MATCH_FIELD_PRECEDENCE,
  parsePolicies,
  parsePolicy,
  POLICY_ERROR_CODES,
  POLICY_REASON_CODES,
  policySchema,
  selectPolicy,
} from './policy';
export type {
  PolicyErrorCode,
  PolicyMatch,
  PolicyMatchField,
  PolicyReasonCode,
  PolicySelection,
  PolicySelectionReason,
  PolicyTicket,
  SlaPolicy,
  SlaPolicyInput,
} from './policy';
export { isPausingStatus, PENDING_REQUESTER, PENDING_THIRD_PARTY } from './pausing-status';
export type { ContractPausingTerms, ThirdPartyResponsibility } from './pausing-status';
export { formatSlaMessage, isSlaMessageCode, SLA_MESSAGES } from './messages';
export type { SlaLocale, SlaMessageCode } from './messages';
export { slaClock } from './clock';
export { CLOCK_MESSAGE_CODES, CLOCK_MESSAGES } from './clock-messages';
export type { ClockMessageCode } from './clock-messages';
export type {
  CalendarsById,
  SlaAlertLevel,
  SlaClockInput,
  SlaClockOptions,
  SlaClockResult,
  SlaClockState,
  SlaClockTargets,
  SlaClockTicket,
  SlaContract,
  SlaExplanation,
  SlaExplanationItem,
  SlaPauseSpan,
  SlaPolicySwitch,
  SlaTargetClock,
  SlaTargetKind,
  SlaThresholdLevel,
} from './clock-types';
