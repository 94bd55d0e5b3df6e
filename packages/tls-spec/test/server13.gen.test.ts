// Generated from specs/tls/server13.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import {
  everyStateReachable,
  noDeadEnds,
  oneRowPerEvent,
  rejectsUnknownMessages,
  rejectsUnlisted,
  rowsGoWhereTheySay,
} from '@otpnet/test-support/machine-properties';
import * as M from '../src/server13.js';

describe('tls13_server machine', () => {
  const machine = {
    name: 'tls13_server',
    states: M.tls13ServerStates,
    initial: M.tls13ServerInitial,
    finals: M.tls13ServerFinals,
    messages: M.tls13ServerMessages,
    table: M.tls13ServerTransitions,
    rows: 21,
  };
  it('reaches every state from START', () => everyStateReachable(machine));
  it('has a way out of every state that is not final', () => noDeadEnds(machine));
  it('has one row per (state, direction, message) of the spec', () => oneRowPerEvent(machine));
  it('runs each row and accepts exactly its permitted next states', () => rowsGoWhereTheySay(machine));
  it('rejects every (state, direction, message) that has no row', () => rejectsUnlisted(machine));
  it('rejects message names it does not know', () => rejectsUnknownMessages(machine));
});
