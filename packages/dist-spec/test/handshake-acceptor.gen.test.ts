// Generated from specs/dist/handshake-acceptor.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import {
  everyStateReachable,
  noDeadEnds,
  oneRowPerEvent,
  rejectsUnknownMessages,
  rejectsUnlisted,
  rowsGoWhereTheySay,
} from '@otpnet/test-support/machine-properties';
import * as M from '../src/handshake-acceptor.js';

describe('dist_handshake_acceptor machine', () => {
  const machine = {
    name: 'dist_handshake_acceptor',
    states: M.distHandshakeAcceptorStates,
    initial: M.distHandshakeAcceptorInitial,
    finals: M.distHandshakeAcceptorFinals,
    messages: M.distHandshakeAcceptorMessages,
    table: M.distHandshakeAcceptorTransitions,
    rows: 11,
  };
  it('reaches every state from WAIT_NAME', () => everyStateReachable(machine));
  it('has a way out of every state that is not final', () => noDeadEnds(machine));
  it('has one row per (state, direction, message) of the spec', () => oneRowPerEvent(machine));
  it('runs each row and accepts exactly its permitted next states', () => rowsGoWhereTheySay(machine));
  it('rejects every (state, direction, message) that has no row', () => rejectsUnlisted(machine));
  it('rejects message names it does not know', () => rejectsUnknownMessages(machine));
});
