// Generated from specs/ssh/userauth-server.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import {
  everyStateReachable,
  noDeadEnds,
  oneRowPerEvent,
  rejectsUnknownMessages,
  rejectsUnlisted,
  rowsGoWhereTheySay,
} from '@otpnet/test-support/machine-properties';
import * as M from '../src/userauth-server.js';

describe('ssh_userauth_server machine', () => {
  const machine = {
    name: 'ssh_userauth_server',
    states: M.sshUserauthServerStates,
    initial: M.sshUserauthServerInitial,
    finals: M.sshUserauthServerFinals,
    messages: M.sshUserauthServerMessages,
    table: M.sshUserauthServerTransitions,
    rows: 18,
  };
  it('reaches every state from WAIT_REQUEST', () => everyStateReachable(machine));
  it('has a way out of every state that is not final', () => noDeadEnds(machine));
  it('has one row per (state, direction, message) of the spec', () => oneRowPerEvent(machine));
  it('runs each row and accepts exactly its permitted next states', () => rowsGoWhereTheySay(machine));
  it('rejects every (state, direction, message) that has no row', () => rejectsUnlisted(machine));
  it('rejects message names it does not know', () => rejectsUnknownMessages(machine));
});
