// Generated from specs/dist/control.spec by otpnet-gen. Do not edit.
import {
  DecodeError,
  type DecodeLimits,
  EncodeError,
  enumName,
  expectArray,
  expectObject,
  expectTag,
  expectValue,
  fields,
  nested,
  nestedAt,
  Reader,
  tagFor,
  Writer,
} from '@otpnet/wire';
import type { DistFlagsName } from './handshake.js';
import {
  type Empty,
  type EmptyInput,
  type ExternalTerm,
  type ExternalTermInput,
  readEmpty,
  readExternalTerm,
  readTerm,
  type Term,
  type TermInput,
  writeEmpty,
  writeExternalTerm,
  writeTerm,
} from './term.js';

/**
 * The operation codes of control messages (the first element of the control tuple).
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see erl_dist_protocol control_message
 */
export const ControlOp = {
  LINK: 0x01,
  SEND: 0x02,
  EXIT: 0x03,
  UNLINK: 0x04,
  NODE_LINK: 0x05,
  REG_SEND: 0x06,
  GROUP_LEADER: 0x07,
  EXIT2: 0x08,
  SEND_TT: 0x0c,
  EXIT_TT: 0x0d,
  REG_SEND_TT: 0x10,
  EXIT2_TT: 0x12,
  MONITOR_P: 0x13,
  DEMONITOR_P: 0x14,
  MONITOR_P_EXIT: 0x15,
  SEND_SENDER: 0x16,
  SEND_SENDER_TT: 0x17,
  PAYLOAD_EXIT: 0x18,
  PAYLOAD_EXIT_TT: 0x19,
  PAYLOAD_EXIT2: 0x1a,
  PAYLOAD_EXIT2_TT: 0x1b,
  PAYLOAD_MONITOR_P_EXIT: 0x1c,
  SPAWN_REQUEST: 0x1d,
  SPAWN_REQUEST_TT: 0x1e,
  SPAWN_REPLY: 0x1f,
  SPAWN_REPLY_TT: 0x20,
  ALIAS_SEND: 0x21,
  ALIAS_SEND_TT: 0x22,
  UNLINK_ID: 0x23,
  UNLINK_ID_ACK: 0x24,
} as const;
export type ControlOp = (typeof ControlOp)[keyof typeof ControlOp] | (number & {});
/** Member names of {@link ControlOp} by value. */
export const ControlOpNames: ReadonlyMap<number, string> = new Map(
  Object.entries(ControlOp).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function ControlOpName(value: number): string {
  return enumName(ControlOpNames, value, 1);
}

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

/** One row of {@link ControlMessages}. */
export interface ControlMessagesRow {
  /** Unique; see {@link ControlMessagesByOp}. */
  readonly op: ControlOp;
  readonly elements: readonly ControlElementsName[];
  readonly followed_by?: ControlPayloadsName;
  readonly flag?: DistFlagsName;
  readonly obsolete: boolean;
}

/**
 * Columns:
 * op          the operation: the first tuple element
 * elements    the other tuple elements, in order
 * followed_by the term that follows the control tuple: message, reason or args (absent: none)
 * flag        the distribution flag both nodes must have set for it (absent: always allowed)
 * obsolete    no longer sent or accepted by current OTP
 * @see erl_dist_protocol control_message
 */
export const ControlMessages = [
  {
    op: ControlOp.LINK,
    elements: ['FromPid', 'ToPid'],
    followed_by: undefined,
    flag: undefined,
    obsolete: false,
  },
  {
    op: ControlOp.SEND,
    elements: ['Unused', 'ToPid'],
    followed_by: 'message',
    flag: undefined,
    obsolete: false,
  },
  {
    op: ControlOp.EXIT,
    elements: ['FromPid', 'ToPid', 'Reason'],
    followed_by: undefined,
    flag: undefined,
    obsolete: false,
  },
  {
    op: ControlOp.UNLINK,
    elements: ['FromPid', 'ToPid'],
    followed_by: undefined,
    flag: undefined,
    obsolete: true,
  },
  { op: ControlOp.NODE_LINK, elements: [], followed_by: undefined, flag: undefined, obsolete: false },
  {
    op: ControlOp.REG_SEND,
    elements: ['FromPid', 'Unused', 'ToName'],
    followed_by: 'message',
    flag: undefined,
    obsolete: false,
  },
  {
    op: ControlOp.GROUP_LEADER,
    elements: ['FromPid', 'ToPid'],
    followed_by: undefined,
    flag: undefined,
    obsolete: false,
  },
  {
    op: ControlOp.EXIT2,
    elements: ['FromPid', 'ToPid', 'Reason'],
    followed_by: undefined,
    flag: undefined,
    obsolete: false,
  },
  {
    op: ControlOp.SEND_TT,
    elements: ['Unused', 'ToPid', 'TraceToken'],
    followed_by: 'message',
    flag: undefined,
    obsolete: false,
  },
  {
    op: ControlOp.EXIT_TT,
    elements: ['FromPid', 'ToPid', 'TraceToken', 'Reason'],
    followed_by: undefined,
    flag: undefined,
    obsolete: false,
  },
  {
    op: ControlOp.REG_SEND_TT,
    elements: ['FromPid', 'Unused', 'ToName', 'TraceToken'],
    followed_by: 'message',
    flag: undefined,
    obsolete: false,
  },
  {
    op: ControlOp.EXIT2_TT,
    elements: ['FromPid', 'ToPid', 'TraceToken', 'Reason'],
    followed_by: undefined,
    flag: undefined,
    obsolete: false,
  },
  {
    op: ControlOp.MONITOR_P,
    elements: ['FromPid', 'ToProc', 'Ref'],
    followed_by: undefined,
    flag: 'DFLAG_DIST_MONITOR',
    obsolete: false,
  },
  {
    op: ControlOp.DEMONITOR_P,
    elements: ['FromPid', 'ToProc', 'Ref'],
    followed_by: undefined,
    flag: 'DFLAG_DIST_MONITOR',
    obsolete: false,
  },
  {
    op: ControlOp.MONITOR_P_EXIT,
    elements: ['FromProc', 'ToPid', 'Ref', 'Reason'],
    followed_by: undefined,
    flag: 'DFLAG_DIST_MONITOR',
    obsolete: false,
  },
  {
    op: ControlOp.SEND_SENDER,
    elements: ['FromPid', 'ToPid'],
    followed_by: 'message',
    flag: 'DFLAG_SEND_SENDER',
    obsolete: false,
  },
  {
    op: ControlOp.SEND_SENDER_TT,
    elements: ['FromPid', 'ToPid', 'TraceToken'],
    followed_by: 'message',
    flag: 'DFLAG_SEND_SENDER',
    obsolete: false,
  },
  {
    op: ControlOp.PAYLOAD_EXIT,
    elements: ['FromPid', 'ToPid'],
    followed_by: 'reason',
    flag: 'DFLAG_EXIT_PAYLOAD',
    obsolete: false,
  },
  {
    op: ControlOp.PAYLOAD_EXIT_TT,
    elements: ['FromPid', 'ToPid', 'TraceToken'],
    followed_by: 'reason',
    flag: 'DFLAG_EXIT_PAYLOAD',
    obsolete: false,
  },
  {
    op: ControlOp.PAYLOAD_EXIT2,
    elements: ['FromPid', 'ToPid'],
    followed_by: 'reason',
    flag: 'DFLAG_EXIT_PAYLOAD',
    obsolete: false,
  },
  {
    op: ControlOp.PAYLOAD_EXIT2_TT,
    elements: ['FromPid', 'ToPid', 'TraceToken'],
    followed_by: 'reason',
    flag: 'DFLAG_EXIT_PAYLOAD',
    obsolete: false,
  },
  {
    op: ControlOp.PAYLOAD_MONITOR_P_EXIT,
    elements: ['FromProc', 'ToPid', 'Ref'],
    followed_by: 'reason',
    flag: 'DFLAG_EXIT_PAYLOAD',
    obsolete: false,
  },
  {
    op: ControlOp.SPAWN_REQUEST,
    elements: ['ReqId', 'From', 'GroupLeader', 'MFA', 'OptList'],
    followed_by: 'args',
    flag: 'DFLAG_SPAWN',
    obsolete: false,
  },
  {
    op: ControlOp.SPAWN_REQUEST_TT,
    elements: ['ReqId', 'From', 'GroupLeader', 'MFA', 'OptList', 'Token'],
    followed_by: 'args',
    flag: 'DFLAG_SPAWN',
    obsolete: false,
  },
  {
    op: ControlOp.SPAWN_REPLY,
    elements: ['ReqId', 'To', 'Flags', 'Result'],
    followed_by: undefined,
    flag: 'DFLAG_SPAWN',
    obsolete: false,
  },
  {
    op: ControlOp.SPAWN_REPLY_TT,
    elements: ['ReqId', 'To', 'Flags', 'Result', 'Token'],
    followed_by: undefined,
    flag: 'DFLAG_SPAWN',
    obsolete: false,
  },
  {
    op: ControlOp.ALIAS_SEND,
    elements: ['FromPid', 'Alias'],
    followed_by: 'message',
    flag: 'DFLAG_ALIAS',
    obsolete: false,
  },
  {
    op: ControlOp.ALIAS_SEND_TT,
    elements: ['FromPid', 'Alias', 'Token'],
    followed_by: 'message',
    flag: 'DFLAG_ALIAS',
    obsolete: false,
  },
  {
    op: ControlOp.UNLINK_ID,
    elements: ['Id', 'FromPid', 'ToPid'],
    followed_by: undefined,
    flag: 'DFLAG_UNLINK_ID',
    obsolete: false,
  },
  {
    op: ControlOp.UNLINK_ID_ACK,
    elements: ['Id', 'FromPid', 'ToPid'],
    followed_by: undefined,
    flag: 'DFLAG_UNLINK_ID',
    obsolete: false,
  },
] as const satisfies readonly ControlMessagesRow[];

/** The rows of {@link ControlMessages} by `op`. */
export const ControlMessagesByOp: ReadonlyMap<ControlOp, ControlMessagesRow> = new Map(
  ControlMessages.map((row) => [row.op, row]),
);
/** The variants of ControlTuple.tuple, keyed by arity. */
export type ControlTupleTuple =
  | { case: 1; value: Control1 }
  | { case: 3; value: Control3 }
  | { case: 4; value: Control4 }
  | { case: 5; value: Control5 }
  | { case: 6; value: Control6 }
  | { case: 7; value: Control7 };
/** {@link ControlTupleTuple} as an encoder takes it. */
export type ControlTupleTupleInput =
  | { case: 1; value: Control1Input }
  | { case: 3; value: Control3Input }
  | { case: 4; value: Control4Input }
  | { case: 5; value: Control5Input }
  | { case: 6; value: Control6Input }
  | { case: 7; value: Control7Input };

/**
 * A control tuple as term_to_binary writes it: SMALL_TUPLE_EXT, the arity, then the operation as
 * SMALL_INTEGER_EXT and the elements. The arity comes first on the wire, so the tuple is selected
 * by arity and then by operation: an operation with the wrong number of elements has no case
 * (no_case), and an encoder fills both the arity and the operation in from the cases. The elements
 * are Terms; ControlElements says which kind of term each must be, and the runtime checks that.
 * @see erl_dist_protocol control_message
 */
export interface ControlTuple {
  /** SMALL_TUPLE_EXT. Always: 104. */
  tuple_tag: number;
  /** An encoder may leave it out: the case of tuple fixes it. */
  arity: number;
  tuple: ControlTupleTuple;
}

/**
 * What {@link encodeControlTuple} takes: a {@link ControlTuple}, where fields with a default may be left out.
 */
export interface ControlTupleInput {
  tuple_tag?: number;
  arity?: number;
  tuple: ControlTupleTupleInput;
}

/** Read a {@link ControlTuple} at the reader's position. */
export function readControlTuple(r: Reader): ControlTuple {
  const f = F.ControlTuple;
  const tuple_tag = r.u8(f.tuple_tag);
  r.expectValue(tuple_tag, 0x68, f.tuple_tag);
  const arity = r.u8(f.arity);
  let tuple: ControlTupleTuple;
  let tupleArm = '';
  try {
    switch (arity) {
      case 1:
        tupleArm = '1';
        tuple = { case: 1, value: readControl1(r) };
        break;
      case 3:
        tupleArm = '3';
        tuple = { case: 3, value: readControl3(r) };
        break;
      case 4:
        tupleArm = '4';
        tuple = { case: 4, value: readControl4(r) };
        break;
      case 5:
        tupleArm = '5';
        tuple = { case: 5, value: readControl5(r) };
        break;
      case 6:
        tupleArm = '6';
        tuple = { case: 6, value: readControl6(r) };
        break;
      case 7:
        tupleArm = '7';
        tuple = { case: 7, value: readControl7(r) };
        break;
      default:
        throw new DecodeError('no_case', f.tuple, `no case for arity ${String(arity)}`);
    }
  } catch (e) {
    throw nested(e, f.tuple, tupleArm);
  }
  return { tuple_tag, arity, tuple };
}

/** Write a {@link ControlTuple}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeControlTuple(w: Writer, v: ControlTupleInput): void {
  const f = F.ControlTuple;
  expectObject(v, f.$);
  w.u8(expectValue(v.tuple_tag ?? 0x68, 0x68, f.tuple_tag), f.tuple_tag);
  const arity = tagFor(v.arity, ControlTupleTupleTags, v.tuple, f.arity);
  w.u8(arity, f.arity);
  const tupleValue = expectObject(v.tuple, f.tuple);
  let tupleArm = '';
  try {
    switch (tupleValue.case) {
      case 1: {
        expectTag(arity, 1, f.tuple);
        tupleArm = '1';
        writeControl1(w, tupleValue.value);
        break;
      }
      case 3: {
        expectTag(arity, 3, f.tuple);
        tupleArm = '3';
        writeControl3(w, tupleValue.value);
        break;
      }
      case 4: {
        expectTag(arity, 4, f.tuple);
        tupleArm = '4';
        writeControl4(w, tupleValue.value);
        break;
      }
      case 5: {
        expectTag(arity, 5, f.tuple);
        tupleArm = '5';
        writeControl5(w, tupleValue.value);
        break;
      }
      case 6: {
        expectTag(arity, 6, f.tuple);
        tupleArm = '6';
        writeControl6(w, tupleValue.value);
        break;
      }
      case 7: {
        expectTag(arity, 7, f.tuple);
        tupleArm = '7';
        writeControl7(w, tupleValue.value);
        break;
      }
      default:
        throw new EncodeError(
          'no_case',
          f.tuple,
          `no case ${String((tupleValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.tuple, tupleArm);
  }
}

/**
 * Decode a whole {@link ControlTuple}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeControlTuple(bytes: Uint8Array, limits?: DecodeLimits): ControlTuple {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ControlTuple.$);
  const v = readControlTuple(r);
  r.done(F.ControlTuple.$);
  return v;
}

/** Encode a {@link ControlTuple}. */
export function encodeControlTuple(v: ControlTupleInput): Uint8Array {
  const w = new Writer();
  writeControlTuple(w, v);
  return w.finish();
}

/** The variants of Control1.elements, keyed by op. */
export type Control1Elements = { case: 'NODE_LINK'; value: Empty };
/** {@link Control1Elements} as an encoder takes it. */
export type Control1ElementsInput = { case: 'NODE_LINK'; value: EmptyInput };

/**
 * {5}: NODE_LINK, the only operation without elements.
 * @see erl_dist_protocol control_message
 */
export interface Control1 {
  /** SMALL_INTEGER_EXT. Always: 97. */
  op_tag: number;
  /** An encoder may leave it out: the case of elements fixes it. */
  op: ControlOp;
  elements: Control1Elements;
}

/** What {@link encodeControl1} takes: a {@link Control1}, where fields with a default may be left out. */
export interface Control1Input {
  op_tag?: number;
  op?: ControlOp;
  elements: Control1ElementsInput;
}

/** Read a {@link Control1} at the reader's position. */
export function readControl1(r: Reader): Control1 {
  const f = F.Control1;
  const op_tag = r.u8(f.op_tag);
  r.expectValue(op_tag, 0x61, f.op_tag);
  const op = r.u8(f.op);
  let elements: Control1Elements;
  let elementsArm = '';
  try {
    switch (op) {
      case ControlOp.NODE_LINK:
        elementsArm = 'NODE_LINK';
        elements = { case: 'NODE_LINK', value: readEmpty(r) };
        break;
      default:
        throw new DecodeError('no_case', f.elements, `no case for op ${String(op)}`);
    }
  } catch (e) {
    throw nested(e, f.elements, elementsArm);
  }
  return { op_tag, op, elements };
}

/** Write a {@link Control1}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeControl1(w: Writer, v: Control1Input): void {
  const f = F.Control1;
  expectObject(v, f.$);
  w.u8(expectValue(v.op_tag ?? 0x61, 0x61, f.op_tag), f.op_tag);
  const op = tagFor(v.op, Control1ElementsTags, v.elements, f.op);
  w.u8(op, f.op);
  const elementsValue = expectObject(v.elements, f.elements);
  let elementsArm = '';
  try {
    switch (elementsValue.case) {
      case 'NODE_LINK': {
        expectTag(op, ControlOp.NODE_LINK, f.elements);
        elementsArm = 'NODE_LINK';
        writeEmpty(w, elementsValue.value);
        break;
      }
      default:
        throw new EncodeError(
          'no_case',
          f.elements,
          `no case ${String((elementsValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.elements, elementsArm);
  }
}

/**
 * Decode a whole {@link Control1}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeControl1(bytes: Uint8Array, limits?: DecodeLimits): Control1 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Control1.$);
  const v = readControl1(r);
  r.done(F.Control1.$);
  return v;
}

/** Encode a {@link Control1}. */
export function encodeControl1(v: Control1Input): Uint8Array {
  const w = new Writer();
  writeControl1(w, v);
  return w.finish();
}

/** The variants of Control3.elements, keyed by op. */
export type Control3Elements =
  | { case: 'LINK'; value: PidPair }
  | { case: 'UNLINK'; value: PidPair }
  | { case: 'GROUP_LEADER'; value: PidPair }
  | { case: 'SEND_SENDER'; value: PidPair }
  | { case: 'PAYLOAD_EXIT'; value: PidPair }
  | { case: 'PAYLOAD_EXIT2'; value: PidPair }
  | { case: 'SEND'; value: SendElements }
  | { case: 'ALIAS_SEND'; value: AliasSendElements };
/** {@link Control3Elements} as an encoder takes it. */
export type Control3ElementsInput =
  | { case: 'LINK'; value: PidPairInput }
  | { case: 'UNLINK'; value: PidPairInput }
  | { case: 'GROUP_LEADER'; value: PidPairInput }
  | { case: 'SEND_SENDER'; value: PidPairInput }
  | { case: 'PAYLOAD_EXIT'; value: PidPairInput }
  | { case: 'PAYLOAD_EXIT2'; value: PidPairInput }
  | { case: 'SEND'; value: SendElementsInput }
  | { case: 'ALIAS_SEND'; value: AliasSendElementsInput };

/**
 * Control tuples of two elements after the operation.
 * @see erl_dist_protocol control_message
 */
export interface Control3 {
  /** Always: 97. */
  op_tag: number;
  /** An encoder may leave it out: the case of elements fixes it. */
  op: ControlOp;
  elements: Control3Elements;
}

/** What {@link encodeControl3} takes: a {@link Control3}, where fields with a default may be left out. */
export interface Control3Input {
  op_tag?: number;
  op?: ControlOp;
  elements: Control3ElementsInput;
}

/** Read a {@link Control3} at the reader's position. */
export function readControl3(r: Reader): Control3 {
  const f = F.Control3;
  const op_tag = r.u8(f.op_tag);
  r.expectValue(op_tag, 0x61, f.op_tag);
  const op = r.u8(f.op);
  let elements: Control3Elements;
  let elementsArm = '';
  try {
    switch (op) {
      case ControlOp.LINK:
        elementsArm = 'LINK';
        elements = { case: 'LINK', value: readPidPair(r) };
        break;
      case ControlOp.UNLINK:
        elementsArm = 'UNLINK';
        elements = { case: 'UNLINK', value: readPidPair(r) };
        break;
      case ControlOp.GROUP_LEADER:
        elementsArm = 'GROUP_LEADER';
        elements = { case: 'GROUP_LEADER', value: readPidPair(r) };
        break;
      case ControlOp.SEND_SENDER:
        elementsArm = 'SEND_SENDER';
        elements = { case: 'SEND_SENDER', value: readPidPair(r) };
        break;
      case ControlOp.PAYLOAD_EXIT:
        elementsArm = 'PAYLOAD_EXIT';
        elements = { case: 'PAYLOAD_EXIT', value: readPidPair(r) };
        break;
      case ControlOp.PAYLOAD_EXIT2:
        elementsArm = 'PAYLOAD_EXIT2';
        elements = { case: 'PAYLOAD_EXIT2', value: readPidPair(r) };
        break;
      case ControlOp.SEND:
        elementsArm = 'SEND';
        elements = { case: 'SEND', value: readSendElements(r) };
        break;
      case ControlOp.ALIAS_SEND:
        elementsArm = 'ALIAS_SEND';
        elements = { case: 'ALIAS_SEND', value: readAliasSendElements(r) };
        break;
      default:
        throw new DecodeError('no_case', f.elements, `no case for op ${String(op)}`);
    }
  } catch (e) {
    throw nested(e, f.elements, elementsArm);
  }
  return { op_tag, op, elements };
}

/** Write a {@link Control3}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeControl3(w: Writer, v: Control3Input): void {
  const f = F.Control3;
  expectObject(v, f.$);
  w.u8(expectValue(v.op_tag ?? 0x61, 0x61, f.op_tag), f.op_tag);
  const op = tagFor(v.op, Control3ElementsTags, v.elements, f.op);
  w.u8(op, f.op);
  const elementsValue = expectObject(v.elements, f.elements);
  let elementsArm = '';
  try {
    switch (elementsValue.case) {
      case 'LINK': {
        expectTag(op, ControlOp.LINK, f.elements);
        elementsArm = 'LINK';
        writePidPair(w, elementsValue.value);
        break;
      }
      case 'UNLINK': {
        expectTag(op, ControlOp.UNLINK, f.elements);
        elementsArm = 'UNLINK';
        writePidPair(w, elementsValue.value);
        break;
      }
      case 'GROUP_LEADER': {
        expectTag(op, ControlOp.GROUP_LEADER, f.elements);
        elementsArm = 'GROUP_LEADER';
        writePidPair(w, elementsValue.value);
        break;
      }
      case 'SEND_SENDER': {
        expectTag(op, ControlOp.SEND_SENDER, f.elements);
        elementsArm = 'SEND_SENDER';
        writePidPair(w, elementsValue.value);
        break;
      }
      case 'PAYLOAD_EXIT': {
        expectTag(op, ControlOp.PAYLOAD_EXIT, f.elements);
        elementsArm = 'PAYLOAD_EXIT';
        writePidPair(w, elementsValue.value);
        break;
      }
      case 'PAYLOAD_EXIT2': {
        expectTag(op, ControlOp.PAYLOAD_EXIT2, f.elements);
        elementsArm = 'PAYLOAD_EXIT2';
        writePidPair(w, elementsValue.value);
        break;
      }
      case 'SEND': {
        expectTag(op, ControlOp.SEND, f.elements);
        elementsArm = 'SEND';
        writeSendElements(w, elementsValue.value);
        break;
      }
      case 'ALIAS_SEND': {
        expectTag(op, ControlOp.ALIAS_SEND, f.elements);
        elementsArm = 'ALIAS_SEND';
        writeAliasSendElements(w, elementsValue.value);
        break;
      }
      default:
        throw new EncodeError(
          'no_case',
          f.elements,
          `no case ${String((elementsValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.elements, elementsArm);
  }
}

/**
 * Decode a whole {@link Control3}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeControl3(bytes: Uint8Array, limits?: DecodeLimits): Control3 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Control3.$);
  const v = readControl3(r);
  r.done(F.Control3.$);
  return v;
}

/** Encode a {@link Control3}. */
export function encodeControl3(v: Control3Input): Uint8Array {
  const w = new Writer();
  writeControl3(w, v);
  return w.finish();
}

/** The variants of Control4.elements, keyed by op. */
export type Control4Elements =
  | { case: 'EXIT'; value: ExitElements }
  | { case: 'EXIT2'; value: ExitElements }
  | { case: 'REG_SEND'; value: RegSendElements }
  | { case: 'SEND_TT'; value: SendTtElements }
  | { case: 'MONITOR_P'; value: MonitorElements }
  | { case: 'DEMONITOR_P'; value: MonitorElements }
  | { case: 'SEND_SENDER_TT'; value: TracedPidPair }
  | { case: 'PAYLOAD_EXIT_TT'; value: TracedPidPair }
  | { case: 'PAYLOAD_EXIT2_TT'; value: TracedPidPair }
  | { case: 'PAYLOAD_MONITOR_P_EXIT'; value: PayloadMonitorExitElements }
  | { case: 'ALIAS_SEND_TT'; value: AliasSendTtElements }
  | { case: 'UNLINK_ID'; value: UnlinkIdElements }
  | { case: 'UNLINK_ID_ACK'; value: UnlinkIdElements };
/** {@link Control4Elements} as an encoder takes it. */
export type Control4ElementsInput =
  | { case: 'EXIT'; value: ExitElementsInput }
  | { case: 'EXIT2'; value: ExitElementsInput }
  | { case: 'REG_SEND'; value: RegSendElementsInput }
  | { case: 'SEND_TT'; value: SendTtElementsInput }
  | { case: 'MONITOR_P'; value: MonitorElementsInput }
  | { case: 'DEMONITOR_P'; value: MonitorElementsInput }
  | { case: 'SEND_SENDER_TT'; value: TracedPidPairInput }
  | { case: 'PAYLOAD_EXIT_TT'; value: TracedPidPairInput }
  | { case: 'PAYLOAD_EXIT2_TT'; value: TracedPidPairInput }
  | { case: 'PAYLOAD_MONITOR_P_EXIT'; value: PayloadMonitorExitElementsInput }
  | { case: 'ALIAS_SEND_TT'; value: AliasSendTtElementsInput }
  | { case: 'UNLINK_ID'; value: UnlinkIdElementsInput }
  | { case: 'UNLINK_ID_ACK'; value: UnlinkIdElementsInput };

/**
 * Control tuples of three elements after the operation.
 * @see erl_dist_protocol control_message
 */
export interface Control4 {
  /** Always: 97. */
  op_tag: number;
  /** An encoder may leave it out: the case of elements fixes it. */
  op: ControlOp;
  elements: Control4Elements;
}

/** What {@link encodeControl4} takes: a {@link Control4}, where fields with a default may be left out. */
export interface Control4Input {
  op_tag?: number;
  op?: ControlOp;
  elements: Control4ElementsInput;
}

/** Read a {@link Control4} at the reader's position. */
export function readControl4(r: Reader): Control4 {
  const f = F.Control4;
  const op_tag = r.u8(f.op_tag);
  r.expectValue(op_tag, 0x61, f.op_tag);
  const op = r.u8(f.op);
  let elements: Control4Elements;
  let elementsArm = '';
  try {
    switch (op) {
      case ControlOp.EXIT:
        elementsArm = 'EXIT';
        elements = { case: 'EXIT', value: readExitElements(r) };
        break;
      case ControlOp.EXIT2:
        elementsArm = 'EXIT2';
        elements = { case: 'EXIT2', value: readExitElements(r) };
        break;
      case ControlOp.REG_SEND:
        elementsArm = 'REG_SEND';
        elements = { case: 'REG_SEND', value: readRegSendElements(r) };
        break;
      case ControlOp.SEND_TT:
        elementsArm = 'SEND_TT';
        elements = { case: 'SEND_TT', value: readSendTtElements(r) };
        break;
      case ControlOp.MONITOR_P:
        elementsArm = 'MONITOR_P';
        elements = { case: 'MONITOR_P', value: readMonitorElements(r) };
        break;
      case ControlOp.DEMONITOR_P:
        elementsArm = 'DEMONITOR_P';
        elements = { case: 'DEMONITOR_P', value: readMonitorElements(r) };
        break;
      case ControlOp.SEND_SENDER_TT:
        elementsArm = 'SEND_SENDER_TT';
        elements = { case: 'SEND_SENDER_TT', value: readTracedPidPair(r) };
        break;
      case ControlOp.PAYLOAD_EXIT_TT:
        elementsArm = 'PAYLOAD_EXIT_TT';
        elements = { case: 'PAYLOAD_EXIT_TT', value: readTracedPidPair(r) };
        break;
      case ControlOp.PAYLOAD_EXIT2_TT:
        elementsArm = 'PAYLOAD_EXIT2_TT';
        elements = { case: 'PAYLOAD_EXIT2_TT', value: readTracedPidPair(r) };
        break;
      case ControlOp.PAYLOAD_MONITOR_P_EXIT:
        elementsArm = 'PAYLOAD_MONITOR_P_EXIT';
        elements = { case: 'PAYLOAD_MONITOR_P_EXIT', value: readPayloadMonitorExitElements(r) };
        break;
      case ControlOp.ALIAS_SEND_TT:
        elementsArm = 'ALIAS_SEND_TT';
        elements = { case: 'ALIAS_SEND_TT', value: readAliasSendTtElements(r) };
        break;
      case ControlOp.UNLINK_ID:
        elementsArm = 'UNLINK_ID';
        elements = { case: 'UNLINK_ID', value: readUnlinkIdElements(r) };
        break;
      case ControlOp.UNLINK_ID_ACK:
        elementsArm = 'UNLINK_ID_ACK';
        elements = { case: 'UNLINK_ID_ACK', value: readUnlinkIdElements(r) };
        break;
      default:
        throw new DecodeError('no_case', f.elements, `no case for op ${String(op)}`);
    }
  } catch (e) {
    throw nested(e, f.elements, elementsArm);
  }
  return { op_tag, op, elements };
}

/** Write a {@link Control4}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeControl4(w: Writer, v: Control4Input): void {
  const f = F.Control4;
  expectObject(v, f.$);
  w.u8(expectValue(v.op_tag ?? 0x61, 0x61, f.op_tag), f.op_tag);
  const op = tagFor(v.op, Control4ElementsTags, v.elements, f.op);
  w.u8(op, f.op);
  const elementsValue = expectObject(v.elements, f.elements);
  let elementsArm = '';
  try {
    switch (elementsValue.case) {
      case 'EXIT': {
        expectTag(op, ControlOp.EXIT, f.elements);
        elementsArm = 'EXIT';
        writeExitElements(w, elementsValue.value);
        break;
      }
      case 'EXIT2': {
        expectTag(op, ControlOp.EXIT2, f.elements);
        elementsArm = 'EXIT2';
        writeExitElements(w, elementsValue.value);
        break;
      }
      case 'REG_SEND': {
        expectTag(op, ControlOp.REG_SEND, f.elements);
        elementsArm = 'REG_SEND';
        writeRegSendElements(w, elementsValue.value);
        break;
      }
      case 'SEND_TT': {
        expectTag(op, ControlOp.SEND_TT, f.elements);
        elementsArm = 'SEND_TT';
        writeSendTtElements(w, elementsValue.value);
        break;
      }
      case 'MONITOR_P': {
        expectTag(op, ControlOp.MONITOR_P, f.elements);
        elementsArm = 'MONITOR_P';
        writeMonitorElements(w, elementsValue.value);
        break;
      }
      case 'DEMONITOR_P': {
        expectTag(op, ControlOp.DEMONITOR_P, f.elements);
        elementsArm = 'DEMONITOR_P';
        writeMonitorElements(w, elementsValue.value);
        break;
      }
      case 'SEND_SENDER_TT': {
        expectTag(op, ControlOp.SEND_SENDER_TT, f.elements);
        elementsArm = 'SEND_SENDER_TT';
        writeTracedPidPair(w, elementsValue.value);
        break;
      }
      case 'PAYLOAD_EXIT_TT': {
        expectTag(op, ControlOp.PAYLOAD_EXIT_TT, f.elements);
        elementsArm = 'PAYLOAD_EXIT_TT';
        writeTracedPidPair(w, elementsValue.value);
        break;
      }
      case 'PAYLOAD_EXIT2_TT': {
        expectTag(op, ControlOp.PAYLOAD_EXIT2_TT, f.elements);
        elementsArm = 'PAYLOAD_EXIT2_TT';
        writeTracedPidPair(w, elementsValue.value);
        break;
      }
      case 'PAYLOAD_MONITOR_P_EXIT': {
        expectTag(op, ControlOp.PAYLOAD_MONITOR_P_EXIT, f.elements);
        elementsArm = 'PAYLOAD_MONITOR_P_EXIT';
        writePayloadMonitorExitElements(w, elementsValue.value);
        break;
      }
      case 'ALIAS_SEND_TT': {
        expectTag(op, ControlOp.ALIAS_SEND_TT, f.elements);
        elementsArm = 'ALIAS_SEND_TT';
        writeAliasSendTtElements(w, elementsValue.value);
        break;
      }
      case 'UNLINK_ID': {
        expectTag(op, ControlOp.UNLINK_ID, f.elements);
        elementsArm = 'UNLINK_ID';
        writeUnlinkIdElements(w, elementsValue.value);
        break;
      }
      case 'UNLINK_ID_ACK': {
        expectTag(op, ControlOp.UNLINK_ID_ACK, f.elements);
        elementsArm = 'UNLINK_ID_ACK';
        writeUnlinkIdElements(w, elementsValue.value);
        break;
      }
      default:
        throw new EncodeError(
          'no_case',
          f.elements,
          `no case ${String((elementsValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.elements, elementsArm);
  }
}

/**
 * Decode a whole {@link Control4}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeControl4(bytes: Uint8Array, limits?: DecodeLimits): Control4 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Control4.$);
  const v = readControl4(r);
  r.done(F.Control4.$);
  return v;
}

/** Encode a {@link Control4}. */
export function encodeControl4(v: Control4Input): Uint8Array {
  const w = new Writer();
  writeControl4(w, v);
  return w.finish();
}

/** The variants of Control5.elements, keyed by op. */
export type Control5Elements =
  | { case: 'EXIT_TT'; value: ExitTtElements }
  | { case: 'EXIT2_TT'; value: ExitTtElements }
  | { case: 'REG_SEND_TT'; value: RegSendTtElements }
  | { case: 'MONITOR_P_EXIT'; value: MonitorExitElements }
  | { case: 'SPAWN_REPLY'; value: SpawnReplyElements };
/** {@link Control5Elements} as an encoder takes it. */
export type Control5ElementsInput =
  | { case: 'EXIT_TT'; value: ExitTtElementsInput }
  | { case: 'EXIT2_TT'; value: ExitTtElementsInput }
  | { case: 'REG_SEND_TT'; value: RegSendTtElementsInput }
  | { case: 'MONITOR_P_EXIT'; value: MonitorExitElementsInput }
  | { case: 'SPAWN_REPLY'; value: SpawnReplyElementsInput };

/**
 * Control tuples of four elements after the operation.
 * @see erl_dist_protocol control_message
 */
export interface Control5 {
  /** Always: 97. */
  op_tag: number;
  /** An encoder may leave it out: the case of elements fixes it. */
  op: ControlOp;
  elements: Control5Elements;
}

/** What {@link encodeControl5} takes: a {@link Control5}, where fields with a default may be left out. */
export interface Control5Input {
  op_tag?: number;
  op?: ControlOp;
  elements: Control5ElementsInput;
}

/** Read a {@link Control5} at the reader's position. */
export function readControl5(r: Reader): Control5 {
  const f = F.Control5;
  const op_tag = r.u8(f.op_tag);
  r.expectValue(op_tag, 0x61, f.op_tag);
  const op = r.u8(f.op);
  let elements: Control5Elements;
  let elementsArm = '';
  try {
    switch (op) {
      case ControlOp.EXIT_TT:
        elementsArm = 'EXIT_TT';
        elements = { case: 'EXIT_TT', value: readExitTtElements(r) };
        break;
      case ControlOp.EXIT2_TT:
        elementsArm = 'EXIT2_TT';
        elements = { case: 'EXIT2_TT', value: readExitTtElements(r) };
        break;
      case ControlOp.REG_SEND_TT:
        elementsArm = 'REG_SEND_TT';
        elements = { case: 'REG_SEND_TT', value: readRegSendTtElements(r) };
        break;
      case ControlOp.MONITOR_P_EXIT:
        elementsArm = 'MONITOR_P_EXIT';
        elements = { case: 'MONITOR_P_EXIT', value: readMonitorExitElements(r) };
        break;
      case ControlOp.SPAWN_REPLY:
        elementsArm = 'SPAWN_REPLY';
        elements = { case: 'SPAWN_REPLY', value: readSpawnReplyElements(r) };
        break;
      default:
        throw new DecodeError('no_case', f.elements, `no case for op ${String(op)}`);
    }
  } catch (e) {
    throw nested(e, f.elements, elementsArm);
  }
  return { op_tag, op, elements };
}

/** Write a {@link Control5}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeControl5(w: Writer, v: Control5Input): void {
  const f = F.Control5;
  expectObject(v, f.$);
  w.u8(expectValue(v.op_tag ?? 0x61, 0x61, f.op_tag), f.op_tag);
  const op = tagFor(v.op, Control5ElementsTags, v.elements, f.op);
  w.u8(op, f.op);
  const elementsValue = expectObject(v.elements, f.elements);
  let elementsArm = '';
  try {
    switch (elementsValue.case) {
      case 'EXIT_TT': {
        expectTag(op, ControlOp.EXIT_TT, f.elements);
        elementsArm = 'EXIT_TT';
        writeExitTtElements(w, elementsValue.value);
        break;
      }
      case 'EXIT2_TT': {
        expectTag(op, ControlOp.EXIT2_TT, f.elements);
        elementsArm = 'EXIT2_TT';
        writeExitTtElements(w, elementsValue.value);
        break;
      }
      case 'REG_SEND_TT': {
        expectTag(op, ControlOp.REG_SEND_TT, f.elements);
        elementsArm = 'REG_SEND_TT';
        writeRegSendTtElements(w, elementsValue.value);
        break;
      }
      case 'MONITOR_P_EXIT': {
        expectTag(op, ControlOp.MONITOR_P_EXIT, f.elements);
        elementsArm = 'MONITOR_P_EXIT';
        writeMonitorExitElements(w, elementsValue.value);
        break;
      }
      case 'SPAWN_REPLY': {
        expectTag(op, ControlOp.SPAWN_REPLY, f.elements);
        elementsArm = 'SPAWN_REPLY';
        writeSpawnReplyElements(w, elementsValue.value);
        break;
      }
      default:
        throw new EncodeError(
          'no_case',
          f.elements,
          `no case ${String((elementsValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.elements, elementsArm);
  }
}

/**
 * Decode a whole {@link Control5}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeControl5(bytes: Uint8Array, limits?: DecodeLimits): Control5 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Control5.$);
  const v = readControl5(r);
  r.done(F.Control5.$);
  return v;
}

/** Encode a {@link Control5}. */
export function encodeControl5(v: Control5Input): Uint8Array {
  const w = new Writer();
  writeControl5(w, v);
  return w.finish();
}

/** The variants of Control6.elements, keyed by op. */
export type Control6Elements =
  | { case: 'SPAWN_REQUEST'; value: SpawnRequestElements }
  | { case: 'SPAWN_REPLY_TT'; value: SpawnReplyTtElements };
/** {@link Control6Elements} as an encoder takes it. */
export type Control6ElementsInput =
  | { case: 'SPAWN_REQUEST'; value: SpawnRequestElementsInput }
  | { case: 'SPAWN_REPLY_TT'; value: SpawnReplyTtElementsInput };

/**
 * Control tuples of five elements after the operation.
 * @see erl_dist_protocol control_message
 */
export interface Control6 {
  /** Always: 97. */
  op_tag: number;
  /** An encoder may leave it out: the case of elements fixes it. */
  op: ControlOp;
  elements: Control6Elements;
}

/** What {@link encodeControl6} takes: a {@link Control6}, where fields with a default may be left out. */
export interface Control6Input {
  op_tag?: number;
  op?: ControlOp;
  elements: Control6ElementsInput;
}

/** Read a {@link Control6} at the reader's position. */
export function readControl6(r: Reader): Control6 {
  const f = F.Control6;
  const op_tag = r.u8(f.op_tag);
  r.expectValue(op_tag, 0x61, f.op_tag);
  const op = r.u8(f.op);
  let elements: Control6Elements;
  let elementsArm = '';
  try {
    switch (op) {
      case ControlOp.SPAWN_REQUEST:
        elementsArm = 'SPAWN_REQUEST';
        elements = { case: 'SPAWN_REQUEST', value: readSpawnRequestElements(r) };
        break;
      case ControlOp.SPAWN_REPLY_TT:
        elementsArm = 'SPAWN_REPLY_TT';
        elements = { case: 'SPAWN_REPLY_TT', value: readSpawnReplyTtElements(r) };
        break;
      default:
        throw new DecodeError('no_case', f.elements, `no case for op ${String(op)}`);
    }
  } catch (e) {
    throw nested(e, f.elements, elementsArm);
  }
  return { op_tag, op, elements };
}

/** Write a {@link Control6}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeControl6(w: Writer, v: Control6Input): void {
  const f = F.Control6;
  expectObject(v, f.$);
  w.u8(expectValue(v.op_tag ?? 0x61, 0x61, f.op_tag), f.op_tag);
  const op = tagFor(v.op, Control6ElementsTags, v.elements, f.op);
  w.u8(op, f.op);
  const elementsValue = expectObject(v.elements, f.elements);
  let elementsArm = '';
  try {
    switch (elementsValue.case) {
      case 'SPAWN_REQUEST': {
        expectTag(op, ControlOp.SPAWN_REQUEST, f.elements);
        elementsArm = 'SPAWN_REQUEST';
        writeSpawnRequestElements(w, elementsValue.value);
        break;
      }
      case 'SPAWN_REPLY_TT': {
        expectTag(op, ControlOp.SPAWN_REPLY_TT, f.elements);
        elementsArm = 'SPAWN_REPLY_TT';
        writeSpawnReplyTtElements(w, elementsValue.value);
        break;
      }
      default:
        throw new EncodeError(
          'no_case',
          f.elements,
          `no case ${String((elementsValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.elements, elementsArm);
  }
}

/**
 * Decode a whole {@link Control6}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeControl6(bytes: Uint8Array, limits?: DecodeLimits): Control6 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Control6.$);
  const v = readControl6(r);
  r.done(F.Control6.$);
  return v;
}

/** Encode a {@link Control6}. */
export function encodeControl6(v: Control6Input): Uint8Array {
  const w = new Writer();
  writeControl6(w, v);
  return w.finish();
}

/** The variants of Control7.elements, keyed by op. */
export type Control7Elements = { case: 'SPAWN_REQUEST_TT'; value: SpawnRequestTtElements };
/** {@link Control7Elements} as an encoder takes it. */
export type Control7ElementsInput = { case: 'SPAWN_REQUEST_TT'; value: SpawnRequestTtElementsInput };

/**
 * Control tuples of six elements after the operation.
 * @see erl_dist_protocol control_message
 */
export interface Control7 {
  /** Always: 97. */
  op_tag: number;
  /** An encoder may leave it out: the case of elements fixes it. */
  op: ControlOp;
  elements: Control7Elements;
}

/** What {@link encodeControl7} takes: a {@link Control7}, where fields with a default may be left out. */
export interface Control7Input {
  op_tag?: number;
  op?: ControlOp;
  elements: Control7ElementsInput;
}

/** Read a {@link Control7} at the reader's position. */
export function readControl7(r: Reader): Control7 {
  const f = F.Control7;
  const op_tag = r.u8(f.op_tag);
  r.expectValue(op_tag, 0x61, f.op_tag);
  const op = r.u8(f.op);
  let elements: Control7Elements;
  let elementsArm = '';
  try {
    switch (op) {
      case ControlOp.SPAWN_REQUEST_TT:
        elementsArm = 'SPAWN_REQUEST_TT';
        elements = { case: 'SPAWN_REQUEST_TT', value: readSpawnRequestTtElements(r) };
        break;
      default:
        throw new DecodeError('no_case', f.elements, `no case for op ${String(op)}`);
    }
  } catch (e) {
    throw nested(e, f.elements, elementsArm);
  }
  return { op_tag, op, elements };
}

/** Write a {@link Control7}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeControl7(w: Writer, v: Control7Input): void {
  const f = F.Control7;
  expectObject(v, f.$);
  w.u8(expectValue(v.op_tag ?? 0x61, 0x61, f.op_tag), f.op_tag);
  const op = tagFor(v.op, Control7ElementsTags, v.elements, f.op);
  w.u8(op, f.op);
  const elementsValue = expectObject(v.elements, f.elements);
  let elementsArm = '';
  try {
    switch (elementsValue.case) {
      case 'SPAWN_REQUEST_TT': {
        expectTag(op, ControlOp.SPAWN_REQUEST_TT, f.elements);
        elementsArm = 'SPAWN_REQUEST_TT';
        writeSpawnRequestTtElements(w, elementsValue.value);
        break;
      }
      default:
        throw new EncodeError(
          'no_case',
          f.elements,
          `no case ${String((elementsValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.elements, elementsArm);
  }
}

/**
 * Decode a whole {@link Control7}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeControl7(bytes: Uint8Array, limits?: DecodeLimits): Control7 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Control7.$);
  const v = readControl7(r);
  r.done(F.Control7.$);
  return v;
}

/** Encode a {@link Control7}. */
export function encodeControl7(v: Control7Input): Uint8Array {
  const w = new Writer();
  writeControl7(w, v);
  return w.finish();
}

/** LINK, UNLINK, GROUP_LEADER, SEND_SENDER, PAYLOAD_EXIT, PAYLOAD_EXIT2 */
export interface PidPair {
  from_pid: Term;
  to_pid: Term;
}

/** What {@link encodePidPair} takes: a {@link PidPair}, where fields with a default may be left out. */
export interface PidPairInput {
  from_pid: TermInput;
  to_pid: TermInput;
}

/** Read a {@link PidPair} at the reader's position. */
export function readPidPair(r: Reader): PidPair {
  const f = F.PidPair;
  let from_pid: Term;
  try {
    from_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  let to_pid: Term;
  try {
    to_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  return { from_pid, to_pid };
}

/** Write a {@link PidPair}; throws EncodeError naming the field for a value the spec does not allow. */
export function writePidPair(w: Writer, v: PidPairInput): void {
  const f = F.PidPair;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.from_pid);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  try {
    writeTerm(w, v.to_pid);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
}

/**
 * Decode a whole {@link PidPair}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodePidPair(bytes: Uint8Array, limits?: DecodeLimits): PidPair {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PidPair.$);
  const v = readPidPair(r);
  r.done(F.PidPair.$);
  return v;
}

/** Encode a {@link PidPair}. */
export function encodePidPair(v: PidPairInput): Uint8Array {
  const w = new Writer();
  writePidPair(w, v);
  return w.finish();
}

/** SEND: `unused` is the empty atom, once the cookie */
export interface SendElements {
  unused: Term;
  to_pid: Term;
}

/**
 * What {@link encodeSendElements} takes: a {@link SendElements}, where fields with a default may be left out.
 */
export interface SendElementsInput {
  unused: TermInput;
  to_pid: TermInput;
}

/** Read a {@link SendElements} at the reader's position. */
export function readSendElements(r: Reader): SendElements {
  const f = F.SendElements;
  let unused: Term;
  try {
    unused = readTerm(r);
  } catch (e) {
    throw nested(e, f.unused, 'unused');
  }
  let to_pid: Term;
  try {
    to_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  return { unused, to_pid };
}

/** Write a {@link SendElements}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeSendElements(w: Writer, v: SendElementsInput): void {
  const f = F.SendElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.unused);
  } catch (e) {
    throw nested(e, f.unused, 'unused');
  }
  try {
    writeTerm(w, v.to_pid);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
}

/**
 * Decode a whole {@link SendElements}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSendElements(bytes: Uint8Array, limits?: DecodeLimits): SendElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SendElements.$);
  const v = readSendElements(r);
  r.done(F.SendElements.$);
  return v;
}

/** Encode a {@link SendElements}. */
export function encodeSendElements(v: SendElementsInput): Uint8Array {
  const w = new Writer();
  writeSendElements(w, v);
  return w.finish();
}

/** ALIAS_SEND: `alias` is a reference */
export interface AliasSendElements {
  from_pid: Term;
  alias: Term;
}

/**
 * What {@link encodeAliasSendElements} takes: a {@link AliasSendElements}, where fields with a default may be
 * left out.
 */
export interface AliasSendElementsInput {
  from_pid: TermInput;
  alias: TermInput;
}

/** Read a {@link AliasSendElements} at the reader's position. */
export function readAliasSendElements(r: Reader): AliasSendElements {
  const f = F.AliasSendElements;
  let from_pid: Term;
  try {
    from_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  let alias: Term;
  try {
    alias = readTerm(r);
  } catch (e) {
    throw nested(e, f.alias, 'alias');
  }
  return { from_pid, alias };
}

/**
 * Write a {@link AliasSendElements}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeAliasSendElements(w: Writer, v: AliasSendElementsInput): void {
  const f = F.AliasSendElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.from_pid);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  try {
    writeTerm(w, v.alias);
  } catch (e) {
    throw nested(e, f.alias, 'alias');
  }
}

/**
 * Decode a whole {@link AliasSendElements}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeAliasSendElements(bytes: Uint8Array, limits?: DecodeLimits): AliasSendElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.AliasSendElements.$);
  const v = readAliasSendElements(r);
  r.done(F.AliasSendElements.$);
  return v;
}

/** Encode a {@link AliasSendElements}. */
export function encodeAliasSendElements(v: AliasSendElementsInput): Uint8Array {
  const w = new Writer();
  writeAliasSendElements(w, v);
  return w.finish();
}

/** EXIT, EXIT2 */
export interface ExitElements {
  from_pid: Term;
  to_pid: Term;
  reason: Term;
}

/**
 * What {@link encodeExitElements} takes: a {@link ExitElements}, where fields with a default may be left out.
 */
export interface ExitElementsInput {
  from_pid: TermInput;
  to_pid: TermInput;
  reason: TermInput;
}

/** Read a {@link ExitElements} at the reader's position. */
export function readExitElements(r: Reader): ExitElements {
  const f = F.ExitElements;
  let from_pid: Term;
  try {
    from_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  let to_pid: Term;
  try {
    to_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  let reason: Term;
  try {
    reason = readTerm(r);
  } catch (e) {
    throw nested(e, f.reason, 'reason');
  }
  return { from_pid, to_pid, reason };
}

/** Write a {@link ExitElements}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeExitElements(w: Writer, v: ExitElementsInput): void {
  const f = F.ExitElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.from_pid);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  try {
    writeTerm(w, v.to_pid);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  try {
    writeTerm(w, v.reason);
  } catch (e) {
    throw nested(e, f.reason, 'reason');
  }
}

/**
 * Decode a whole {@link ExitElements}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeExitElements(bytes: Uint8Array, limits?: DecodeLimits): ExitElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ExitElements.$);
  const v = readExitElements(r);
  r.done(F.ExitElements.$);
  return v;
}

/** Encode a {@link ExitElements}. */
export function encodeExitElements(v: ExitElementsInput): Uint8Array {
  const w = new Writer();
  writeExitElements(w, v);
  return w.finish();
}

/** REG_SEND: `to_name` is the registered name, an atom */
export interface RegSendElements {
  from_pid: Term;
  unused: Term;
  to_name: Term;
}

/**
 * What {@link encodeRegSendElements} takes: a {@link RegSendElements}, where fields with a default may be
 * left out.
 */
export interface RegSendElementsInput {
  from_pid: TermInput;
  unused: TermInput;
  to_name: TermInput;
}

/** Read a {@link RegSendElements} at the reader's position. */
export function readRegSendElements(r: Reader): RegSendElements {
  const f = F.RegSendElements;
  let from_pid: Term;
  try {
    from_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  let unused: Term;
  try {
    unused = readTerm(r);
  } catch (e) {
    throw nested(e, f.unused, 'unused');
  }
  let to_name: Term;
  try {
    to_name = readTerm(r);
  } catch (e) {
    throw nested(e, f.to_name, 'to_name');
  }
  return { from_pid, unused, to_name };
}

/**
 * Write a {@link RegSendElements}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeRegSendElements(w: Writer, v: RegSendElementsInput): void {
  const f = F.RegSendElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.from_pid);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  try {
    writeTerm(w, v.unused);
  } catch (e) {
    throw nested(e, f.unused, 'unused');
  }
  try {
    writeTerm(w, v.to_name);
  } catch (e) {
    throw nested(e, f.to_name, 'to_name');
  }
}

/**
 * Decode a whole {@link RegSendElements}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeRegSendElements(bytes: Uint8Array, limits?: DecodeLimits): RegSendElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.RegSendElements.$);
  const v = readRegSendElements(r);
  r.done(F.RegSendElements.$);
  return v;
}

/** Encode a {@link RegSendElements}. */
export function encodeRegSendElements(v: RegSendElementsInput): Uint8Array {
  const w = new Writer();
  writeRegSendElements(w, v);
  return w.finish();
}

/** SEND_TT */
export interface SendTtElements {
  unused: Term;
  to_pid: Term;
  trace_token: Term;
}

/**
 * What {@link encodeSendTtElements} takes: a {@link SendTtElements}, where fields with a default may be left
 * out.
 */
export interface SendTtElementsInput {
  unused: TermInput;
  to_pid: TermInput;
  trace_token: TermInput;
}

/** Read a {@link SendTtElements} at the reader's position. */
export function readSendTtElements(r: Reader): SendTtElements {
  const f = F.SendTtElements;
  let unused: Term;
  try {
    unused = readTerm(r);
  } catch (e) {
    throw nested(e, f.unused, 'unused');
  }
  let to_pid: Term;
  try {
    to_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  let trace_token: Term;
  try {
    trace_token = readTerm(r);
  } catch (e) {
    throw nested(e, f.trace_token, 'trace_token');
  }
  return { unused, to_pid, trace_token };
}

/**
 * Write a {@link SendTtElements}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSendTtElements(w: Writer, v: SendTtElementsInput): void {
  const f = F.SendTtElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.unused);
  } catch (e) {
    throw nested(e, f.unused, 'unused');
  }
  try {
    writeTerm(w, v.to_pid);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  try {
    writeTerm(w, v.trace_token);
  } catch (e) {
    throw nested(e, f.trace_token, 'trace_token');
  }
}

/**
 * Decode a whole {@link SendTtElements}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSendTtElements(bytes: Uint8Array, limits?: DecodeLimits): SendTtElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SendTtElements.$);
  const v = readSendTtElements(r);
  r.done(F.SendTtElements.$);
  return v;
}

/** Encode a {@link SendTtElements}. */
export function encodeSendTtElements(v: SendTtElementsInput): Uint8Array {
  const w = new Writer();
  writeSendTtElements(w, v);
  return w.finish();
}

/** MONITOR_P, DEMONITOR_P: `to_proc` is a pid or a registered name */
export interface MonitorElements {
  from_pid: Term;
  to_proc: Term;
  ref: Term;
}

/**
 * What {@link encodeMonitorElements} takes: a {@link MonitorElements}, where fields with a default may be
 * left out.
 */
export interface MonitorElementsInput {
  from_pid: TermInput;
  to_proc: TermInput;
  ref: TermInput;
}

/** Read a {@link MonitorElements} at the reader's position. */
export function readMonitorElements(r: Reader): MonitorElements {
  const f = F.MonitorElements;
  let from_pid: Term;
  try {
    from_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  let to_proc: Term;
  try {
    to_proc = readTerm(r);
  } catch (e) {
    throw nested(e, f.to_proc, 'to_proc');
  }
  let ref: Term;
  try {
    ref = readTerm(r);
  } catch (e) {
    throw nested(e, f.ref, 'ref');
  }
  return { from_pid, to_proc, ref };
}

/**
 * Write a {@link MonitorElements}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeMonitorElements(w: Writer, v: MonitorElementsInput): void {
  const f = F.MonitorElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.from_pid);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  try {
    writeTerm(w, v.to_proc);
  } catch (e) {
    throw nested(e, f.to_proc, 'to_proc');
  }
  try {
    writeTerm(w, v.ref);
  } catch (e) {
    throw nested(e, f.ref, 'ref');
  }
}

/**
 * Decode a whole {@link MonitorElements}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeMonitorElements(bytes: Uint8Array, limits?: DecodeLimits): MonitorElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.MonitorElements.$);
  const v = readMonitorElements(r);
  r.done(F.MonitorElements.$);
  return v;
}

/** Encode a {@link MonitorElements}. */
export function encodeMonitorElements(v: MonitorElementsInput): Uint8Array {
  const w = new Writer();
  writeMonitorElements(w, v);
  return w.finish();
}

/** SEND_SENDER_TT, PAYLOAD_EXIT_TT, PAYLOAD_EXIT2_TT */
export interface TracedPidPair {
  from_pid: Term;
  to_pid: Term;
  trace_token: Term;
}

/**
 * What {@link encodeTracedPidPair} takes: a {@link TracedPidPair}, where fields with a default may be left
 * out.
 */
export interface TracedPidPairInput {
  from_pid: TermInput;
  to_pid: TermInput;
  trace_token: TermInput;
}

/** Read a {@link TracedPidPair} at the reader's position. */
export function readTracedPidPair(r: Reader): TracedPidPair {
  const f = F.TracedPidPair;
  let from_pid: Term;
  try {
    from_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  let to_pid: Term;
  try {
    to_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  let trace_token: Term;
  try {
    trace_token = readTerm(r);
  } catch (e) {
    throw nested(e, f.trace_token, 'trace_token');
  }
  return { from_pid, to_pid, trace_token };
}

/** Write a {@link TracedPidPair}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeTracedPidPair(w: Writer, v: TracedPidPairInput): void {
  const f = F.TracedPidPair;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.from_pid);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  try {
    writeTerm(w, v.to_pid);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  try {
    writeTerm(w, v.trace_token);
  } catch (e) {
    throw nested(e, f.trace_token, 'trace_token');
  }
}

/**
 * Decode a whole {@link TracedPidPair}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeTracedPidPair(bytes: Uint8Array, limits?: DecodeLimits): TracedPidPair {
  const r = new Reader(bytes, 0, bytes.length, limits, F.TracedPidPair.$);
  const v = readTracedPidPair(r);
  r.done(F.TracedPidPair.$);
  return v;
}

/** Encode a {@link TracedPidPair}. */
export function encodeTracedPidPair(v: TracedPidPairInput): Uint8Array {
  const w = new Writer();
  writeTracedPidPair(w, v);
  return w.finish();
}

/** PAYLOAD_MONITOR_P_EXIT: `from_proc` is a pid or a registered name */
export interface PayloadMonitorExitElements {
  from_proc: Term;
  to_pid: Term;
  ref: Term;
}

/**
 * What {@link encodePayloadMonitorExitElements} takes: a {@link PayloadMonitorExitElements}, where fields
 * with a default may be left out.
 */
export interface PayloadMonitorExitElementsInput {
  from_proc: TermInput;
  to_pid: TermInput;
  ref: TermInput;
}

/** Read a {@link PayloadMonitorExitElements} at the reader's position. */
export function readPayloadMonitorExitElements(r: Reader): PayloadMonitorExitElements {
  const f = F.PayloadMonitorExitElements;
  let from_proc: Term;
  try {
    from_proc = readTerm(r);
  } catch (e) {
    throw nested(e, f.from_proc, 'from_proc');
  }
  let to_pid: Term;
  try {
    to_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  let ref: Term;
  try {
    ref = readTerm(r);
  } catch (e) {
    throw nested(e, f.ref, 'ref');
  }
  return { from_proc, to_pid, ref };
}

/**
 * Write a {@link PayloadMonitorExitElements}; throws EncodeError naming the field for a value the spec does
 * not allow.
 */
export function writePayloadMonitorExitElements(w: Writer, v: PayloadMonitorExitElementsInput): void {
  const f = F.PayloadMonitorExitElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.from_proc);
  } catch (e) {
    throw nested(e, f.from_proc, 'from_proc');
  }
  try {
    writeTerm(w, v.to_pid);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  try {
    writeTerm(w, v.ref);
  } catch (e) {
    throw nested(e, f.ref, 'ref');
  }
}

/**
 * Decode a whole {@link PayloadMonitorExitElements}: trailing bytes are an error. Opaque fields are views
 * into `bytes`; `limits` bound what one decode may cost.
 */
export function decodePayloadMonitorExitElements(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): PayloadMonitorExitElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PayloadMonitorExitElements.$);
  const v = readPayloadMonitorExitElements(r);
  r.done(F.PayloadMonitorExitElements.$);
  return v;
}

/** Encode a {@link PayloadMonitorExitElements}. */
export function encodePayloadMonitorExitElements(v: PayloadMonitorExitElementsInput): Uint8Array {
  const w = new Writer();
  writePayloadMonitorExitElements(w, v);
  return w.finish();
}

/** ALIAS_SEND_TT */
export interface AliasSendTtElements {
  from_pid: Term;
  alias: Term;
  token: Term;
}

/**
 * What {@link encodeAliasSendTtElements} takes: a {@link AliasSendTtElements}, where fields with a default
 * may be left out.
 */
export interface AliasSendTtElementsInput {
  from_pid: TermInput;
  alias: TermInput;
  token: TermInput;
}

/** Read a {@link AliasSendTtElements} at the reader's position. */
export function readAliasSendTtElements(r: Reader): AliasSendTtElements {
  const f = F.AliasSendTtElements;
  let from_pid: Term;
  try {
    from_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  let alias: Term;
  try {
    alias = readTerm(r);
  } catch (e) {
    throw nested(e, f.alias, 'alias');
  }
  let token: Term;
  try {
    token = readTerm(r);
  } catch (e) {
    throw nested(e, f.token, 'token');
  }
  return { from_pid, alias, token };
}

/**
 * Write a {@link AliasSendTtElements}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeAliasSendTtElements(w: Writer, v: AliasSendTtElementsInput): void {
  const f = F.AliasSendTtElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.from_pid);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  try {
    writeTerm(w, v.alias);
  } catch (e) {
    throw nested(e, f.alias, 'alias');
  }
  try {
    writeTerm(w, v.token);
  } catch (e) {
    throw nested(e, f.token, 'token');
  }
}

/**
 * Decode a whole {@link AliasSendTtElements}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeAliasSendTtElements(bytes: Uint8Array, limits?: DecodeLimits): AliasSendTtElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.AliasSendTtElements.$);
  const v = readAliasSendTtElements(r);
  r.done(F.AliasSendTtElements.$);
  return v;
}

/** Encode a {@link AliasSendTtElements}. */
export function encodeAliasSendTtElements(v: AliasSendTtElementsInput): Uint8Array {
  const w = new Writer();
  writeAliasSendTtElements(w, v);
  return w.finish();
}

/** UNLINK_ID, UNLINK_ID_ACK: `id` is an integer */
export interface UnlinkIdElements {
  id: Term;
  from_pid: Term;
  to_pid: Term;
}

/**
 * What {@link encodeUnlinkIdElements} takes: a {@link UnlinkIdElements}, where fields with a default may be
 * left out.
 */
export interface UnlinkIdElementsInput {
  id: TermInput;
  from_pid: TermInput;
  to_pid: TermInput;
}

/** Read a {@link UnlinkIdElements} at the reader's position. */
export function readUnlinkIdElements(r: Reader): UnlinkIdElements {
  const f = F.UnlinkIdElements;
  let id: Term;
  try {
    id = readTerm(r);
  } catch (e) {
    throw nested(e, f.id, 'id');
  }
  let from_pid: Term;
  try {
    from_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  let to_pid: Term;
  try {
    to_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  return { id, from_pid, to_pid };
}

/**
 * Write a {@link UnlinkIdElements}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeUnlinkIdElements(w: Writer, v: UnlinkIdElementsInput): void {
  const f = F.UnlinkIdElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.id);
  } catch (e) {
    throw nested(e, f.id, 'id');
  }
  try {
    writeTerm(w, v.from_pid);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  try {
    writeTerm(w, v.to_pid);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
}

/**
 * Decode a whole {@link UnlinkIdElements}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeUnlinkIdElements(bytes: Uint8Array, limits?: DecodeLimits): UnlinkIdElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.UnlinkIdElements.$);
  const v = readUnlinkIdElements(r);
  r.done(F.UnlinkIdElements.$);
  return v;
}

/** Encode a {@link UnlinkIdElements}. */
export function encodeUnlinkIdElements(v: UnlinkIdElementsInput): Uint8Array {
  const w = new Writer();
  writeUnlinkIdElements(w, v);
  return w.finish();
}

/** EXIT_TT, EXIT2_TT */
export interface ExitTtElements {
  from_pid: Term;
  to_pid: Term;
  trace_token: Term;
  reason: Term;
}

/**
 * What {@link encodeExitTtElements} takes: a {@link ExitTtElements}, where fields with a default may be left
 * out.
 */
export interface ExitTtElementsInput {
  from_pid: TermInput;
  to_pid: TermInput;
  trace_token: TermInput;
  reason: TermInput;
}

/** Read a {@link ExitTtElements} at the reader's position. */
export function readExitTtElements(r: Reader): ExitTtElements {
  const f = F.ExitTtElements;
  let from_pid: Term;
  try {
    from_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  let to_pid: Term;
  try {
    to_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  let trace_token: Term;
  try {
    trace_token = readTerm(r);
  } catch (e) {
    throw nested(e, f.trace_token, 'trace_token');
  }
  let reason: Term;
  try {
    reason = readTerm(r);
  } catch (e) {
    throw nested(e, f.reason, 'reason');
  }
  return { from_pid, to_pid, trace_token, reason };
}

/**
 * Write a {@link ExitTtElements}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeExitTtElements(w: Writer, v: ExitTtElementsInput): void {
  const f = F.ExitTtElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.from_pid);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  try {
    writeTerm(w, v.to_pid);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  try {
    writeTerm(w, v.trace_token);
  } catch (e) {
    throw nested(e, f.trace_token, 'trace_token');
  }
  try {
    writeTerm(w, v.reason);
  } catch (e) {
    throw nested(e, f.reason, 'reason');
  }
}

/**
 * Decode a whole {@link ExitTtElements}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeExitTtElements(bytes: Uint8Array, limits?: DecodeLimits): ExitTtElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ExitTtElements.$);
  const v = readExitTtElements(r);
  r.done(F.ExitTtElements.$);
  return v;
}

/** Encode a {@link ExitTtElements}. */
export function encodeExitTtElements(v: ExitTtElementsInput): Uint8Array {
  const w = new Writer();
  writeExitTtElements(w, v);
  return w.finish();
}

/** REG_SEND_TT */
export interface RegSendTtElements {
  from_pid: Term;
  unused: Term;
  to_name: Term;
  trace_token: Term;
}

/**
 * What {@link encodeRegSendTtElements} takes: a {@link RegSendTtElements}, where fields with a default may be
 * left out.
 */
export interface RegSendTtElementsInput {
  from_pid: TermInput;
  unused: TermInput;
  to_name: TermInput;
  trace_token: TermInput;
}

/** Read a {@link RegSendTtElements} at the reader's position. */
export function readRegSendTtElements(r: Reader): RegSendTtElements {
  const f = F.RegSendTtElements;
  let from_pid: Term;
  try {
    from_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  let unused: Term;
  try {
    unused = readTerm(r);
  } catch (e) {
    throw nested(e, f.unused, 'unused');
  }
  let to_name: Term;
  try {
    to_name = readTerm(r);
  } catch (e) {
    throw nested(e, f.to_name, 'to_name');
  }
  let trace_token: Term;
  try {
    trace_token = readTerm(r);
  } catch (e) {
    throw nested(e, f.trace_token, 'trace_token');
  }
  return { from_pid, unused, to_name, trace_token };
}

/**
 * Write a {@link RegSendTtElements}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeRegSendTtElements(w: Writer, v: RegSendTtElementsInput): void {
  const f = F.RegSendTtElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.from_pid);
  } catch (e) {
    throw nested(e, f.from_pid, 'from_pid');
  }
  try {
    writeTerm(w, v.unused);
  } catch (e) {
    throw nested(e, f.unused, 'unused');
  }
  try {
    writeTerm(w, v.to_name);
  } catch (e) {
    throw nested(e, f.to_name, 'to_name');
  }
  try {
    writeTerm(w, v.trace_token);
  } catch (e) {
    throw nested(e, f.trace_token, 'trace_token');
  }
}

/**
 * Decode a whole {@link RegSendTtElements}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeRegSendTtElements(bytes: Uint8Array, limits?: DecodeLimits): RegSendTtElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.RegSendTtElements.$);
  const v = readRegSendTtElements(r);
  r.done(F.RegSendTtElements.$);
  return v;
}

/** Encode a {@link RegSendTtElements}. */
export function encodeRegSendTtElements(v: RegSendTtElementsInput): Uint8Array {
  const w = new Writer();
  writeRegSendTtElements(w, v);
  return w.finish();
}

/** MONITOR_P_EXIT */
export interface MonitorExitElements {
  from_proc: Term;
  to_pid: Term;
  ref: Term;
  reason: Term;
}

/**
 * What {@link encodeMonitorExitElements} takes: a {@link MonitorExitElements}, where fields with a default
 * may be left out.
 */
export interface MonitorExitElementsInput {
  from_proc: TermInput;
  to_pid: TermInput;
  ref: TermInput;
  reason: TermInput;
}

/** Read a {@link MonitorExitElements} at the reader's position. */
export function readMonitorExitElements(r: Reader): MonitorExitElements {
  const f = F.MonitorExitElements;
  let from_proc: Term;
  try {
    from_proc = readTerm(r);
  } catch (e) {
    throw nested(e, f.from_proc, 'from_proc');
  }
  let to_pid: Term;
  try {
    to_pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  let ref: Term;
  try {
    ref = readTerm(r);
  } catch (e) {
    throw nested(e, f.ref, 'ref');
  }
  let reason: Term;
  try {
    reason = readTerm(r);
  } catch (e) {
    throw nested(e, f.reason, 'reason');
  }
  return { from_proc, to_pid, ref, reason };
}

/**
 * Write a {@link MonitorExitElements}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeMonitorExitElements(w: Writer, v: MonitorExitElementsInput): void {
  const f = F.MonitorExitElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.from_proc);
  } catch (e) {
    throw nested(e, f.from_proc, 'from_proc');
  }
  try {
    writeTerm(w, v.to_pid);
  } catch (e) {
    throw nested(e, f.to_pid, 'to_pid');
  }
  try {
    writeTerm(w, v.ref);
  } catch (e) {
    throw nested(e, f.ref, 'ref');
  }
  try {
    writeTerm(w, v.reason);
  } catch (e) {
    throw nested(e, f.reason, 'reason');
  }
}

/**
 * Decode a whole {@link MonitorExitElements}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeMonitorExitElements(bytes: Uint8Array, limits?: DecodeLimits): MonitorExitElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.MonitorExitElements.$);
  const v = readMonitorExitElements(r);
  r.done(F.MonitorExitElements.$);
  return v;
}

/** Encode a {@link MonitorExitElements}. */
export function encodeMonitorExitElements(v: MonitorExitElementsInput): Uint8Array {
  const w = new Writer();
  writeMonitorExitElements(w, v);
  return w.finish();
}

/** SPAWN_REPLY: `result` is the new pid, or an atom saying why there is none */
export interface SpawnReplyElements {
  req_id: Term;
  to: Term;
  flags: Term;
  result: Term;
}

/**
 * What {@link encodeSpawnReplyElements} takes: a {@link SpawnReplyElements}, where fields with a default may
 * be left out.
 */
export interface SpawnReplyElementsInput {
  req_id: TermInput;
  to: TermInput;
  flags: TermInput;
  result: TermInput;
}

/** Read a {@link SpawnReplyElements} at the reader's position. */
export function readSpawnReplyElements(r: Reader): SpawnReplyElements {
  const f = F.SpawnReplyElements;
  let req_id: Term;
  try {
    req_id = readTerm(r);
  } catch (e) {
    throw nested(e, f.req_id, 'req_id');
  }
  let to: Term;
  try {
    to = readTerm(r);
  } catch (e) {
    throw nested(e, f.to, 'to');
  }
  let flags: Term;
  try {
    flags = readTerm(r);
  } catch (e) {
    throw nested(e, f.flags, 'flags');
  }
  let result: Term;
  try {
    result = readTerm(r);
  } catch (e) {
    throw nested(e, f.result, 'result');
  }
  return { req_id, to, flags, result };
}

/**
 * Write a {@link SpawnReplyElements}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSpawnReplyElements(w: Writer, v: SpawnReplyElementsInput): void {
  const f = F.SpawnReplyElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.req_id);
  } catch (e) {
    throw nested(e, f.req_id, 'req_id');
  }
  try {
    writeTerm(w, v.to);
  } catch (e) {
    throw nested(e, f.to, 'to');
  }
  try {
    writeTerm(w, v.flags);
  } catch (e) {
    throw nested(e, f.flags, 'flags');
  }
  try {
    writeTerm(w, v.result);
  } catch (e) {
    throw nested(e, f.result, 'result');
  }
}

/**
 * Decode a whole {@link SpawnReplyElements}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSpawnReplyElements(bytes: Uint8Array, limits?: DecodeLimits): SpawnReplyElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SpawnReplyElements.$);
  const v = readSpawnReplyElements(r);
  r.done(F.SpawnReplyElements.$);
  return v;
}

/** Encode a {@link SpawnReplyElements}. */
export function encodeSpawnReplyElements(v: SpawnReplyElementsInput): Uint8Array {
  const w = new Writer();
  writeSpawnReplyElements(w, v);
  return w.finish();
}

/** SPAWN_REQUEST: `mfa` is {Module, Function, Arity}; the arguments follow as the payload */
export interface SpawnRequestElements {
  req_id: Term;
  from: Term;
  group_leader: Term;
  mfa: Term;
  opt_list: Term;
}

/**
 * What {@link encodeSpawnRequestElements} takes: a {@link SpawnRequestElements}, where fields with a default
 * may be left out.
 */
export interface SpawnRequestElementsInput {
  req_id: TermInput;
  from: TermInput;
  group_leader: TermInput;
  mfa: TermInput;
  opt_list: TermInput;
}

/** Read a {@link SpawnRequestElements} at the reader's position. */
export function readSpawnRequestElements(r: Reader): SpawnRequestElements {
  const f = F.SpawnRequestElements;
  let req_id: Term;
  try {
    req_id = readTerm(r);
  } catch (e) {
    throw nested(e, f.req_id, 'req_id');
  }
  let from: Term;
  try {
    from = readTerm(r);
  } catch (e) {
    throw nested(e, f.from, 'from');
  }
  let group_leader: Term;
  try {
    group_leader = readTerm(r);
  } catch (e) {
    throw nested(e, f.group_leader, 'group_leader');
  }
  let mfa: Term;
  try {
    mfa = readTerm(r);
  } catch (e) {
    throw nested(e, f.mfa, 'mfa');
  }
  let opt_list: Term;
  try {
    opt_list = readTerm(r);
  } catch (e) {
    throw nested(e, f.opt_list, 'opt_list');
  }
  return { req_id, from, group_leader, mfa, opt_list };
}

/**
 * Write a {@link SpawnRequestElements}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSpawnRequestElements(w: Writer, v: SpawnRequestElementsInput): void {
  const f = F.SpawnRequestElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.req_id);
  } catch (e) {
    throw nested(e, f.req_id, 'req_id');
  }
  try {
    writeTerm(w, v.from);
  } catch (e) {
    throw nested(e, f.from, 'from');
  }
  try {
    writeTerm(w, v.group_leader);
  } catch (e) {
    throw nested(e, f.group_leader, 'group_leader');
  }
  try {
    writeTerm(w, v.mfa);
  } catch (e) {
    throw nested(e, f.mfa, 'mfa');
  }
  try {
    writeTerm(w, v.opt_list);
  } catch (e) {
    throw nested(e, f.opt_list, 'opt_list');
  }
}

/**
 * Decode a whole {@link SpawnRequestElements}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSpawnRequestElements(bytes: Uint8Array, limits?: DecodeLimits): SpawnRequestElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SpawnRequestElements.$);
  const v = readSpawnRequestElements(r);
  r.done(F.SpawnRequestElements.$);
  return v;
}

/** Encode a {@link SpawnRequestElements}. */
export function encodeSpawnRequestElements(v: SpawnRequestElementsInput): Uint8Array {
  const w = new Writer();
  writeSpawnRequestElements(w, v);
  return w.finish();
}

/** SPAWN_REPLY_TT */
export interface SpawnReplyTtElements {
  req_id: Term;
  to: Term;
  flags: Term;
  result: Term;
  token: Term;
}

/**
 * What {@link encodeSpawnReplyTtElements} takes: a {@link SpawnReplyTtElements}, where fields with a default
 * may be left out.
 */
export interface SpawnReplyTtElementsInput {
  req_id: TermInput;
  to: TermInput;
  flags: TermInput;
  result: TermInput;
  token: TermInput;
}

/** Read a {@link SpawnReplyTtElements} at the reader's position. */
export function readSpawnReplyTtElements(r: Reader): SpawnReplyTtElements {
  const f = F.SpawnReplyTtElements;
  let req_id: Term;
  try {
    req_id = readTerm(r);
  } catch (e) {
    throw nested(e, f.req_id, 'req_id');
  }
  let to: Term;
  try {
    to = readTerm(r);
  } catch (e) {
    throw nested(e, f.to, 'to');
  }
  let flags: Term;
  try {
    flags = readTerm(r);
  } catch (e) {
    throw nested(e, f.flags, 'flags');
  }
  let result: Term;
  try {
    result = readTerm(r);
  } catch (e) {
    throw nested(e, f.result, 'result');
  }
  let token: Term;
  try {
    token = readTerm(r);
  } catch (e) {
    throw nested(e, f.token, 'token');
  }
  return { req_id, to, flags, result, token };
}

/**
 * Write a {@link SpawnReplyTtElements}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSpawnReplyTtElements(w: Writer, v: SpawnReplyTtElementsInput): void {
  const f = F.SpawnReplyTtElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.req_id);
  } catch (e) {
    throw nested(e, f.req_id, 'req_id');
  }
  try {
    writeTerm(w, v.to);
  } catch (e) {
    throw nested(e, f.to, 'to');
  }
  try {
    writeTerm(w, v.flags);
  } catch (e) {
    throw nested(e, f.flags, 'flags');
  }
  try {
    writeTerm(w, v.result);
  } catch (e) {
    throw nested(e, f.result, 'result');
  }
  try {
    writeTerm(w, v.token);
  } catch (e) {
    throw nested(e, f.token, 'token');
  }
}

/**
 * Decode a whole {@link SpawnReplyTtElements}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSpawnReplyTtElements(bytes: Uint8Array, limits?: DecodeLimits): SpawnReplyTtElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SpawnReplyTtElements.$);
  const v = readSpawnReplyTtElements(r);
  r.done(F.SpawnReplyTtElements.$);
  return v;
}

/** Encode a {@link SpawnReplyTtElements}. */
export function encodeSpawnReplyTtElements(v: SpawnReplyTtElementsInput): Uint8Array {
  const w = new Writer();
  writeSpawnReplyTtElements(w, v);
  return w.finish();
}

/** SPAWN_REQUEST_TT */
export interface SpawnRequestTtElements {
  req_id: Term;
  from: Term;
  group_leader: Term;
  mfa: Term;
  opt_list: Term;
  token: Term;
}

/**
 * What {@link encodeSpawnRequestTtElements} takes: a {@link SpawnRequestTtElements}, where fields with a
 * default may be left out.
 */
export interface SpawnRequestTtElementsInput {
  req_id: TermInput;
  from: TermInput;
  group_leader: TermInput;
  mfa: TermInput;
  opt_list: TermInput;
  token: TermInput;
}

/** Read a {@link SpawnRequestTtElements} at the reader's position. */
export function readSpawnRequestTtElements(r: Reader): SpawnRequestTtElements {
  const f = F.SpawnRequestTtElements;
  let req_id: Term;
  try {
    req_id = readTerm(r);
  } catch (e) {
    throw nested(e, f.req_id, 'req_id');
  }
  let from: Term;
  try {
    from = readTerm(r);
  } catch (e) {
    throw nested(e, f.from, 'from');
  }
  let group_leader: Term;
  try {
    group_leader = readTerm(r);
  } catch (e) {
    throw nested(e, f.group_leader, 'group_leader');
  }
  let mfa: Term;
  try {
    mfa = readTerm(r);
  } catch (e) {
    throw nested(e, f.mfa, 'mfa');
  }
  let opt_list: Term;
  try {
    opt_list = readTerm(r);
  } catch (e) {
    throw nested(e, f.opt_list, 'opt_list');
  }
  let token: Term;
  try {
    token = readTerm(r);
  } catch (e) {
    throw nested(e, f.token, 'token');
  }
  return { req_id, from, group_leader, mfa, opt_list, token };
}

/**
 * Write a {@link SpawnRequestTtElements}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSpawnRequestTtElements(w: Writer, v: SpawnRequestTtElementsInput): void {
  const f = F.SpawnRequestTtElements;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.req_id);
  } catch (e) {
    throw nested(e, f.req_id, 'req_id');
  }
  try {
    writeTerm(w, v.from);
  } catch (e) {
    throw nested(e, f.from, 'from');
  }
  try {
    writeTerm(w, v.group_leader);
  } catch (e) {
    throw nested(e, f.group_leader, 'group_leader');
  }
  try {
    writeTerm(w, v.mfa);
  } catch (e) {
    throw nested(e, f.mfa, 'mfa');
  }
  try {
    writeTerm(w, v.opt_list);
  } catch (e) {
    throw nested(e, f.opt_list, 'opt_list');
  }
  try {
    writeTerm(w, v.token);
  } catch (e) {
    throw nested(e, f.token, 'token');
  }
}

/**
 * Decode a whole {@link SpawnRequestTtElements}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSpawnRequestTtElements(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SpawnRequestTtElements {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SpawnRequestTtElements.$);
  const v = readSpawnRequestTtElements(r);
  r.done(F.SpawnRequestTtElements.$);
  return v;
}

/** Encode a {@link SpawnRequestTtElements}. */
export function encodeSpawnRequestTtElements(v: SpawnRequestTtElementsInput): Uint8Array {
  const w = new Writer();
  writeSpawnRequestTtElements(w, v);
  return w.finish();
}

/**
 * A message on a connection that did not negotiate the distribution header (DFLAG_DIST_HDR_ATOM_CACHE):
 * the pass-through byte, the control tuple as an external term, and for the operations the table
 * gives a `followed_by` the second external term (the message, the exit reason or the spawn's
 * arguments). A tick is an empty packet, below this layout.
 * @see erl_dist_protocol connected_nodes
 */
export interface PassThroughMessage {
  /** Always: 112. */
  pass_through: number;
  /** Always: 131. */
  version: number;
  control: ControlTuple;
  payload: ExternalTerm[];
}

/**
 * What {@link encodePassThroughMessage} takes: a {@link PassThroughMessage}, where fields with a default may
 * be left out.
 */
export interface PassThroughMessageInput {
  pass_through?: number;
  version?: number;
  control: ControlTupleInput;
  payload: readonly ExternalTermInput[];
}

/** Read a {@link PassThroughMessage} at the reader's position. */
export function readPassThroughMessage(r: Reader): PassThroughMessage {
  const f = F.PassThroughMessage;
  const pass_through = r.u8(f.pass_through);
  r.expectValue(pass_through, 0x70, f.pass_through);
  const version = r.u8(f.version);
  r.expectValue(version, 0x83, f.version);
  let control: ControlTuple;
  try {
    control = readControlTuple(r);
  } catch (e) {
    throw nested(e, f.control, 'control');
  }
  const payload: ExternalTerm[] = [];
  try {
    while (r.pos < r.end) payload.push(readExternalTerm(r));
  } catch (e) {
    throw nestedAt(e, f.payload, payload.length);
  }
  return { pass_through, version, control, payload };
}

/**
 * Write a {@link PassThroughMessage}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writePassThroughMessage(w: Writer, v: PassThroughMessageInput): void {
  const f = F.PassThroughMessage;
  expectObject(v, f.$);
  w.u8(expectValue(v.pass_through ?? 0x70, 0x70, f.pass_through), f.pass_through);
  w.u8(expectValue(v.version ?? 0x83, 0x83, f.version), f.version);
  try {
    writeControlTuple(w, v.control);
  } catch (e) {
    throw nested(e, f.control, 'control');
  }
  const payloadItems = expectArray(v.payload, f.payload);
  let payloadI = 0;
  try {
    for (; payloadI < payloadItems.length; payloadI++) writeExternalTerm(w, payloadItems[payloadI]!);
  } catch (e) {
    throw nestedAt(e, f.payload, payloadI);
  }
}

/**
 * Decode a whole {@link PassThroughMessage}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodePassThroughMessage(bytes: Uint8Array, limits?: DecodeLimits): PassThroughMessage {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PassThroughMessage.$);
  const v = readPassThroughMessage(r);
  r.done(F.PassThroughMessage.$);
  return v;
}

/** Encode a {@link PassThroughMessage}. */
export function encodePassThroughMessage(v: PassThroughMessageInput): Uint8Array {
  const w = new Writer();
  writePassThroughMessage(w, v);
  return w.finish();
}

/** Where each field is in specs/dist/control.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/dist/control.spec', {
  ControlTuple: {
    $: 142,
    tuple_tag: 132,
    arity: 133,
    tuple: 141,
  },
  Control1: {
    $: 152,
    op_tag: 147,
    op: 148,
    elements: 151,
  },
  Control3: {
    $: 164,
    op_tag: 157,
    op: 158,
    elements: 163,
  },
  Control4: {
    $: 181,
    op_tag: 169,
    op: 170,
    elements: 180,
  },
  Control5: {
    $: 194,
    op_tag: 186,
    op: 187,
    elements: 193,
  },
  Control6: {
    $: 205,
    op_tag: 199,
    op: 200,
    elements: 204,
  },
  Control7: {
    $: 215,
    op_tag: 210,
    op: 211,
    elements: 214,
  },
  PidPair: {
    $: 220,
    from_pid: 220,
    to_pid: 220,
  },
  SendElements: {
    $: 222,
    unused: 222,
    to_pid: 222,
  },
  AliasSendElements: {
    $: 224,
    from_pid: 224,
    alias: 224,
  },
  ExitElements: {
    $: 226,
    from_pid: 226,
    to_pid: 226,
    reason: 226,
  },
  RegSendElements: {
    $: 228,
    from_pid: 228,
    unused: 228,
    to_name: 228,
  },
  SendTtElements: {
    $: 230,
    unused: 230,
    to_pid: 230,
    trace_token: 230,
  },
  MonitorElements: {
    $: 232,
    from_pid: 232,
    to_proc: 232,
    ref: 232,
  },
  TracedPidPair: {
    $: 234,
    from_pid: 234,
    to_pid: 234,
    trace_token: 234,
  },
  PayloadMonitorExitElements: {
    $: 236,
    from_proc: 236,
    to_pid: 236,
    ref: 236,
  },
  AliasSendTtElements: {
    $: 238,
    from_pid: 238,
    alias: 238,
    token: 238,
  },
  UnlinkIdElements: {
    $: 240,
    id: 240,
    from_pid: 240,
    to_pid: 240,
  },
  ExitTtElements: {
    $: 242,
    from_pid: 242,
    to_pid: 242,
    trace_token: 242,
    reason: 242,
  },
  RegSendTtElements: {
    $: 244,
    from_pid: 244,
    unused: 244,
    to_name: 244,
    trace_token: 244,
  },
  MonitorExitElements: {
    $: 246,
    from_proc: 246,
    to_pid: 246,
    ref: 246,
    reason: 246,
  },
  SpawnReplyElements: {
    $: 248,
    req_id: 248,
    to: 248,
    flags: 248,
    result: 248,
  },
  SpawnRequestElements: {
    $: 250,
    req_id: 250,
    from: 250,
    group_leader: 250,
    mfa: 250,
    opt_list: 250,
  },
  SpawnReplyTtElements: {
    $: 252,
    req_id: 252,
    to: 252,
    flags: 252,
    result: 252,
    token: 252,
  },
  SpawnRequestTtElements: {
    $: 254,
    req_id: 254,
    from: 254,
    group_leader: 254,
    mfa: 254,
    opt_list: 254,
    token: 254,
  },
  PassThroughMessage: {
    $: 268,
    pass_through: 264,
    version: 265,
    control: 266,
    payload: 267,
  },
});
/** The tuple case -> arity: filled in when an encoder's input leaves it out. */
const ControlTupleTupleTags = { 1: 1, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7 } as const;
/** The elements case -> op: filled in when an encoder's input leaves it out. */
const Control1ElementsTags = { NODE_LINK: ControlOp.NODE_LINK } as const;
/** The elements case -> op: filled in when an encoder's input leaves it out. */
const Control3ElementsTags = {
  LINK: ControlOp.LINK,
  UNLINK: ControlOp.UNLINK,
  GROUP_LEADER: ControlOp.GROUP_LEADER,
  SEND_SENDER: ControlOp.SEND_SENDER,
  PAYLOAD_EXIT: ControlOp.PAYLOAD_EXIT,
  PAYLOAD_EXIT2: ControlOp.PAYLOAD_EXIT2,
  SEND: ControlOp.SEND,
  ALIAS_SEND: ControlOp.ALIAS_SEND,
} as const;
/** The elements case -> op: filled in when an encoder's input leaves it out. */
const Control4ElementsTags = {
  EXIT: ControlOp.EXIT,
  EXIT2: ControlOp.EXIT2,
  REG_SEND: ControlOp.REG_SEND,
  SEND_TT: ControlOp.SEND_TT,
  MONITOR_P: ControlOp.MONITOR_P,
  DEMONITOR_P: ControlOp.DEMONITOR_P,
  SEND_SENDER_TT: ControlOp.SEND_SENDER_TT,
  PAYLOAD_EXIT_TT: ControlOp.PAYLOAD_EXIT_TT,
  PAYLOAD_EXIT2_TT: ControlOp.PAYLOAD_EXIT2_TT,
  PAYLOAD_MONITOR_P_EXIT: ControlOp.PAYLOAD_MONITOR_P_EXIT,
  ALIAS_SEND_TT: ControlOp.ALIAS_SEND_TT,
  UNLINK_ID: ControlOp.UNLINK_ID,
  UNLINK_ID_ACK: ControlOp.UNLINK_ID_ACK,
} as const;
/** The elements case -> op: filled in when an encoder's input leaves it out. */
const Control5ElementsTags = {
  EXIT_TT: ControlOp.EXIT_TT,
  EXIT2_TT: ControlOp.EXIT2_TT,
  REG_SEND_TT: ControlOp.REG_SEND_TT,
  MONITOR_P_EXIT: ControlOp.MONITOR_P_EXIT,
  SPAWN_REPLY: ControlOp.SPAWN_REPLY,
} as const;
/** The elements case -> op: filled in when an encoder's input leaves it out. */
const Control6ElementsTags = {
  SPAWN_REQUEST: ControlOp.SPAWN_REQUEST,
  SPAWN_REPLY_TT: ControlOp.SPAWN_REPLY_TT,
} as const;
/** The elements case -> op: filled in when an encoder's input leaves it out. */
const Control7ElementsTags = { SPAWN_REQUEST_TT: ControlOp.SPAWN_REQUEST_TT } as const;
