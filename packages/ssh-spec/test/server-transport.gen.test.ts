// Generated from specs/ssh/server-transport.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import {
  everyStateReachable,
  noDeadEnds,
  oneRowPerEvent,
  rejectsUnknownMessages,
  rejectsUnlisted,
  rowsGoWhereTheySay,
} from '@otpnet/test-support/machine-properties';
import * as M from '../src/server-transport.js';

describe('ssh_server_transport machine', () => {
  const machine = {
    name: 'ssh_server_transport',
    states: M.sshServerTransportStates,
    initial: M.sshServerTransportInitial,
    finals: M.sshServerTransportFinals,
    messages: M.sshServerTransportMessages,
    table: M.sshServerTransportTransitions,
    rows: 37,
  };
  it('reaches every state from START', () => everyStateReachable(machine));
  it('has a way out of every state that is not final', () => noDeadEnds(machine));
  it('has one row per (state, direction, message) of the spec', () => oneRowPerEvent(machine));
  it('runs each row and accepts exactly its permitted next states', () => rowsGoWhereTheySay(machine));
  it('rejects every (state, direction, message) that has no row', () => rejectsUnlisted(machine));
  it('rejects message names it does not know', () => rejectsUnknownMessages(machine));
});
