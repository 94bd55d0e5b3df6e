// Generated from specs/tls/server12.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import {
  everyStateReachable,
  noDeadEnds,
  oneRowPerEvent,
  rejectsUnknownMessages,
  rejectsUnlisted,
  rowsGoWhereTheySay,
} from '@otpnet/test-support/machine-properties';
import * as M from '../src/server12.js';

describe('tls12_server machine', () => {
  const machine = {
    name: 'tls12_server',
    states: M.tls12ServerStates,
    initial: M.tls12ServerInitial,
    finals: M.tls12ServerFinals,
    messages: M.tls12ServerMessages,
    table: M.tls12ServerTransitions,
    rows: 26,
  };
  it('reaches every state from START', () => everyStateReachable(machine));
  it('has a way out of every state that is not final', () => noDeadEnds(machine));
  it('has one row per (state, direction, message) of the spec', () => oneRowPerEvent(machine));
  it('runs each row and accepts exactly its permitted next states', () => rowsGoWhereTheySay(machine));
  it('rejects every (state, direction, message) that has no row', () => rejectsUnlisted(machine));
  it('rejects message names it does not know', () => rejectsUnknownMessages(machine));
});
