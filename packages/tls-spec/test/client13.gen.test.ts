// Generated from specs/tls/client13.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import {
  everyStateReachable,
  noDeadEnds,
  oneRowPerEvent,
  rejectsUnknownMessages,
  rejectsUnlisted,
  rowsGoWhereTheySay,
} from '@otpnet/test-support/machine-properties';
import * as M from '../src/client13.js';

describe('tls13_client machine', () => {
  const machine = {
    name: 'tls13_client',
    states: M.tls13ClientStates,
    initial: M.tls13ClientInitial,
    finals: M.tls13ClientFinals,
    messages: M.tls13ClientMessages,
    table: M.tls13ClientTransitions,
    rows: 22,
  };
  it('reaches every state from START', () => everyStateReachable(machine));
  it('has a way out of every state that is not final', () => noDeadEnds(machine));
  it('has one row per (state, direction, message) of the spec', () => oneRowPerEvent(machine));
  it('runs each row and accepts exactly its permitted next states', () => rowsGoWhereTheySay(machine));
  it('rejects every (state, direction, message) that has no row', () => rejectsUnlisted(machine));
  it('rejects message names it does not know', () => rejectsUnknownMessages(machine));
});
