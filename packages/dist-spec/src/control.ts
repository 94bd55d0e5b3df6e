// Generated from specs/dist/control.spec by otpnet-gen. Do not edit.
import type { DistFlagsName } from './handshake.js';

/** The names of {@link TermKinds}. */
export type TermKindsName =
  | 'pid'
  | 'atom'
  | 'pid_or_atom'
  | 'reference'
  | 'integer'
  | 'list'
  | 'tuple'
  | 'any';

/** One row of {@link TermKinds}. */
export interface TermKindsRow {
  /** Unique; see {@link TermKindsByName}. */
  readonly name: TermKindsName;
}

/**
 * What kind of term a tuple element holds: a pid, an atom (a registered name; '' for the unused
 * slot that was the cookie), either of the two, a reference, an integer, a list, a tuple, or any
 * term (exit reasons, trace tokens).
 * @see erl_dist_protocol control_message
 */
export const TermKinds = [
  { name: 'pid' },
  { name: 'atom' },
  { name: 'pid_or_atom' },
  { name: 'reference' },
  { name: 'integer' },
  { name: 'list' },
  { name: 'tuple' },
  { name: 'any' },
] as const satisfies readonly TermKindsRow[];

/** The rows of {@link TermKinds} by `name`. */
export const TermKindsByName: ReadonlyMap<string, TermKindsRow> = new Map(
  TermKinds.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link TermKindsName}. */
export function isTermKindsName(name: string): name is TermKindsName {
  return TermKindsByName.has(name);
}

/** The names of {@link ControlElements}. */
export type ControlElementsName =
  | 'FromPid'
  | 'ToPid'
  | 'FromProc'
  | 'ToProc'
  | 'Unused'
  | 'ToName'
  | 'Reason'
  | 'TraceToken'
  | 'Token'
  | 'Ref'
  | 'ReqId'
  | 'Alias'
  | 'From'
  | 'To'
  | 'GroupLeader'
  | 'MFA'
  | 'OptList'
  | 'Flags'
  | 'Result'
  | 'Id';

/** One row of {@link ControlElements}. */
export interface ControlElementsRow {
  /** Unique; see {@link ControlElementsByName}. */
  readonly name: ControlElementsName;
  readonly term: TermKindsName;
}

/**
 * The elements of control tuples, by the names the document gives them, and the term each holds.
 * @see erl_dist_protocol control_message
 */
export const ControlElements = [
  { name: 'FromPid', term: 'pid' },
  { name: 'ToPid', term: 'pid' },
  { name: 'FromProc', term: 'pid_or_atom' },
  { name: 'ToProc', term: 'pid_or_atom' },
  { name: 'Unused', term: 'atom' },
  { name: 'ToName', term: 'atom' },
  { name: 'Reason', term: 'any' },
  { name: 'TraceToken', term: 'any' },
  { name: 'Token', term: 'any' },
  { name: 'Ref', term: 'reference' },
  { name: 'ReqId', term: 'reference' },
  { name: 'Alias', term: 'reference' },
  { name: 'From', term: 'pid' },
  { name: 'To', term: 'pid' },
  { name: 'GroupLeader', term: 'pid' },
  { name: 'MFA', term: 'tuple' },
  { name: 'OptList', term: 'list' },
  { name: 'Flags', term: 'integer' },
  { name: 'Result', term: 'pid_or_atom' },
  { name: 'Id', term: 'integer' },
] as const satisfies readonly ControlElementsRow[];

/** The rows of {@link ControlElements} by `name`. */
export const ControlElementsByName: ReadonlyMap<string, ControlElementsRow> = new Map(
  ControlElements.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link ControlElementsName}. */
export function isControlElementsName(name: string): name is ControlElementsName {
  return ControlElementsByName.has(name);
}

/** The names of {@link ControlPayloads}. */
export type ControlPayloadsName = 'message' | 'reason' | 'args';

/** One row of {@link ControlPayloads}. */
export interface ControlPayloadsRow {
  /** Unique; see {@link ControlPayloadsByName}. */
  readonly name: ControlPayloadsName;
}

/**
 * The term that follows a control tuple: the message sent, an exit reason, a spawn's arguments.
 * @see erl_dist_protocol control_message
 */
export const ControlPayloads = [
  { name: 'message' },
  { name: 'reason' },
  { name: 'args' },
] as const satisfies readonly ControlPayloadsRow[];

/** The rows of {@link ControlPayloads} by `name`. */
export const ControlPayloadsByName: ReadonlyMap<string, ControlPayloadsRow> = new Map(
  ControlPayloads.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link ControlPayloadsName}. */
export function isControlPayloadsName(name: string): name is ControlPayloadsName {
  return ControlPayloadsByName.has(name);
}

/** The names of {@link ControlMessages}. */
export type ControlMessagesName =
  | 'LINK'
  | 'SEND'
  | 'EXIT'
  | 'UNLINK'
  | 'NODE_LINK'
  | 'REG_SEND'
  | 'GROUP_LEADER'
  | 'EXIT2'
  | 'SEND_TT'
  | 'EXIT_TT'
  | 'REG_SEND_TT'
  | 'EXIT2_TT'
  | 'MONITOR_P'
  | 'DEMONITOR_P'
  | 'MONITOR_P_EXIT'
  | 'SEND_SENDER'
  | 'SEND_SENDER_TT'
  | 'PAYLOAD_EXIT'
  | 'PAYLOAD_EXIT_TT'
  | 'PAYLOAD_EXIT2'
  | 'PAYLOAD_EXIT2_TT'
  | 'PAYLOAD_MONITOR_P_EXIT'
  | 'SPAWN_REQUEST'
  | 'SPAWN_REQUEST_TT'
  | 'SPAWN_REPLY'
  | 'SPAWN_REPLY_TT'
  | 'ALIAS_SEND'
  | 'ALIAS_SEND_TT'
  | 'UNLINK_ID'
  | 'UNLINK_ID_ACK';

/** One row of {@link ControlMessages}. */
export interface ControlMessagesRow {
  /** Unique; see {@link ControlMessagesByName}. */
  readonly name: ControlMessagesName;
  /** Unique; see {@link ControlMessagesByOp}. */
  readonly op: number;
  readonly elements: readonly ControlElementsName[];
  readonly followed_by?: ControlPayloadsName;
  readonly flag?: DistFlagsName;
  readonly obsolete: boolean;
}

/**
 * Columns:
 * name        the document's name for the operation
 * op          the first tuple element
 * elements    the other tuple elements, in order
 * followed_by the term that follows the control tuple: message, reason or args (absent: none)
 * flag        the distribution flag both nodes must have set for it (absent: always allowed)
 * obsolete    no longer sent or accepted by current OTP
 * @see erl_dist_protocol control_message
 */
export const ControlMessages = [
  {
    name: 'LINK',
    op: 1,
    elements: ['FromPid', 'ToPid'],
    followed_by: undefined,
    flag: undefined,
    obsolete: false,
  },
  {
    name: 'SEND',
    op: 2,
    elements: ['Unused', 'ToPid'],
    followed_by: 'message',
    flag: undefined,
    obsolete: false,
  },
  {
    name: 'EXIT',
    op: 3,
    elements: ['FromPid', 'ToPid', 'Reason'],
    followed_by: undefined,
    flag: undefined,
    obsolete: false,
  },
  {
    name: 'UNLINK',
    op: 4,
    elements: ['FromPid', 'ToPid'],
    followed_by: undefined,
    flag: undefined,
    obsolete: true,
  },
  { name: 'NODE_LINK', op: 5, elements: [], followed_by: undefined, flag: undefined, obsolete: false },
  {
    name: 'REG_SEND',
    op: 6,
    elements: ['FromPid', 'Unused', 'ToName'],
    followed_by: 'message',
    flag: undefined,
    obsolete: false,
  },
  {
    name: 'GROUP_LEADER',
    op: 7,
    elements: ['FromPid', 'ToPid'],
    followed_by: undefined,
    flag: undefined,
    obsolete: false,
  },
  {
    name: 'EXIT2',
    op: 8,
    elements: ['FromPid', 'ToPid', 'Reason'],
    followed_by: undefined,
    flag: undefined,
    obsolete: false,
  },
  {
    name: 'SEND_TT',
    op: 12,
    elements: ['Unused', 'ToPid', 'TraceToken'],
    followed_by: 'message',
    flag: undefined,
    obsolete: false,
  },
  {
    name: 'EXIT_TT',
    op: 13,
    elements: ['FromPid', 'ToPid', 'TraceToken', 'Reason'],
    followed_by: undefined,
    flag: undefined,
    obsolete: false,
  },
  {
    name: 'REG_SEND_TT',
    op: 16,
    elements: ['FromPid', 'Unused', 'ToName', 'TraceToken'],
    followed_by: 'message',
    flag: undefined,
    obsolete: false,
  },
  {
    name: 'EXIT2_TT',
    op: 18,
    elements: ['FromPid', 'ToPid', 'TraceToken', 'Reason'],
    followed_by: undefined,
    flag: undefined,
    obsolete: false,
  },
  {
    name: 'MONITOR_P',
    op: 19,
    elements: ['FromPid', 'ToProc', 'Ref'],
    followed_by: undefined,
    flag: 'DFLAG_DIST_MONITOR',
    obsolete: false,
  },
  {
    name: 'DEMONITOR_P',
    op: 20,
    elements: ['FromPid', 'ToProc', 'Ref'],
    followed_by: undefined,
    flag: 'DFLAG_DIST_MONITOR',
    obsolete: false,
  },
  {
    name: 'MONITOR_P_EXIT',
    op: 21,
    elements: ['FromProc', 'ToPid', 'Ref', 'Reason'],
    followed_by: undefined,
    flag: 'DFLAG_DIST_MONITOR',
    obsolete: false,
  },
  {
    name: 'SEND_SENDER',
    op: 22,
    elements: ['FromPid', 'ToPid'],
    followed_by: 'message',
    flag: 'DFLAG_SEND_SENDER',
    obsolete: false,
  },
  {
    name: 'SEND_SENDER_TT',
    op: 23,
    elements: ['FromPid', 'ToPid', 'TraceToken'],
    followed_by: 'message',
    flag: 'DFLAG_SEND_SENDER',
    obsolete: false,
  },
  {
    name: 'PAYLOAD_EXIT',
    op: 24,
    elements: ['FromPid', 'ToPid'],
    followed_by: 'reason',
    flag: 'DFLAG_EXIT_PAYLOAD',
    obsolete: false,
  },
  {
    name: 'PAYLOAD_EXIT_TT',
    op: 25,
    elements: ['FromPid', 'ToPid', 'TraceToken'],
    followed_by: 'reason',
    flag: 'DFLAG_EXIT_PAYLOAD',
    obsolete: false,
  },
  {
    name: 'PAYLOAD_EXIT2',
    op: 26,
    elements: ['FromPid', 'ToPid'],
    followed_by: 'reason',
    flag: 'DFLAG_EXIT_PAYLOAD',
    obsolete: false,
  },
  {
    name: 'PAYLOAD_EXIT2_TT',
    op: 27,
    elements: ['FromPid', 'ToPid', 'TraceToken'],
    followed_by: 'reason',
    flag: 'DFLAG_EXIT_PAYLOAD',
    obsolete: false,
  },
  {
    name: 'PAYLOAD_MONITOR_P_EXIT',
    op: 28,
    elements: ['FromProc', 'ToPid', 'Ref'],
    followed_by: 'reason',
    flag: 'DFLAG_EXIT_PAYLOAD',
    obsolete: false,
  },
  {
    name: 'SPAWN_REQUEST',
    op: 29,
    elements: ['ReqId', 'From', 'GroupLeader', 'MFA', 'OptList'],
    followed_by: 'args',
    flag: 'DFLAG_SPAWN',
    obsolete: false,
  },
  {
    name: 'SPAWN_REQUEST_TT',
    op: 30,
    elements: ['ReqId', 'From', 'GroupLeader', 'MFA', 'OptList', 'Token'],
    followed_by: 'args',
    flag: 'DFLAG_SPAWN',
    obsolete: false,
  },
  {
    name: 'SPAWN_REPLY',
    op: 31,
    elements: ['ReqId', 'To', 'Flags', 'Result'],
    followed_by: undefined,
    flag: 'DFLAG_SPAWN',
    obsolete: false,
  },
  {
    name: 'SPAWN_REPLY_TT',
    op: 32,
    elements: ['ReqId', 'To', 'Flags', 'Result', 'Token'],
    followed_by: undefined,
    flag: 'DFLAG_SPAWN',
    obsolete: false,
  },
  {
    name: 'ALIAS_SEND',
    op: 33,
    elements: ['FromPid', 'Alias'],
    followed_by: 'message',
    flag: 'DFLAG_ALIAS',
    obsolete: false,
  },
  {
    name: 'ALIAS_SEND_TT',
    op: 34,
    elements: ['FromPid', 'Alias', 'Token'],
    followed_by: 'message',
    flag: 'DFLAG_ALIAS',
    obsolete: false,
  },
  {
    name: 'UNLINK_ID',
    op: 35,
    elements: ['Id', 'FromPid', 'ToPid'],
    followed_by: undefined,
    flag: 'DFLAG_UNLINK_ID',
    obsolete: false,
  },
  {
    name: 'UNLINK_ID_ACK',
    op: 36,
    elements: ['Id', 'FromPid', 'ToPid'],
    followed_by: undefined,
    flag: 'DFLAG_UNLINK_ID',
    obsolete: false,
  },
] as const satisfies readonly ControlMessagesRow[];

/** The rows of {@link ControlMessages} by `name`. */
export const ControlMessagesByName: ReadonlyMap<string, ControlMessagesRow> = new Map(
  ControlMessages.map((row) => [row.name, row]),
);

/** The rows of {@link ControlMessages} by `op`. */
export const ControlMessagesByOp: ReadonlyMap<number, ControlMessagesRow> = new Map(
  ControlMessages.map((row) => [row.op, row]),
);

/** True when `name` is one of {@link ControlMessagesName}. */
export function isControlMessagesName(name: string): name is ControlMessagesName {
  return ControlMessagesByName.has(name);
}
