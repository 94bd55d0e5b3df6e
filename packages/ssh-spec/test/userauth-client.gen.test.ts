// Generated from specs/ssh/userauth-client.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import {
  everyStateReachable,
  noDeadEnds,
  oneRowPerEvent,
  rejectsUnknownMessages,
  rejectsUnlisted,
  rowsGoWhereTheySay,
} from '@otpnet/test-support/machine-properties';
import * as M from '../src/userauth-client.js';

describe('ssh_userauth_client machine', () => {
  const machine = {
    name: 'ssh_userauth_client',
    states: M.sshUserauthClientStates,
    initial: M.sshUserauthClientInitial,
    finals: M.sshUserauthClientFinals,
    messages: M.sshUserauthClientMessages,
    table: M.sshUserauthClientTransitions,
    rows: 22,
  };
  it('reaches every state from SEND_REQUEST', () => everyStateReachable(machine));
  it('has a way out of every state that is not final', () => noDeadEnds(machine));
  it('has one row per (state, direction, message) of the spec', () => oneRowPerEvent(machine));
  it('runs each row and accepts exactly its permitted next states', () => rowsGoWhereTheySay(machine));
  it('rejects every (state, direction, message) that has no row', () => rejectsUnlisted(machine));
  it('rejects message names it does not know', () => rejectsUnknownMessages(machine));
});
