// Generated from specs/dist/control.spec by otpnet-gen. Do not edit.
/** One row of {@link ControlMessages}. */
export interface ControlMessagesRow {
  /** Unique; see {@link ControlMessagesByName}. */
  readonly name: string;
  /** Unique; see {@link ControlMessagesByOp}. */
  readonly op: number;
  readonly elements: readonly string[];
  readonly followed_by?: string;
  readonly flag?: string;
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
