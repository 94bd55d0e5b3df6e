// The part every handshake driver shares: step the generated machine for each message that
// arrives, carry out the outputs of the step, and run the send rows that follow on their own
// (a state whose only rows send a message).

import type { MachineTable, SendStep, Step } from '@otpnet/wire';
import { alert } from '../errors.js';
import type { RecordProtection } from '../record/protection.js';
import type { HandshakeDriver, HandshakeHost } from './driver.js';

/** What a handler asks the runtime to do, in order, after its step (after the message, for a send). */
export type Action =
  | { readonly kind: 'read_keys'; readonly protection: RecordProtection }
  | { readonly kind: 'write_keys'; readonly protection: RecordProtection }
  | { readonly kind: 'change_cipher_spec' }
  | { readonly kind: 'handshake_complete' }
  | { readonly kind: 'then'; readonly run: () => void };

export abstract class MachineDriver<S extends string> implements HandshakeDriver {
  abstract state: S;
  protected abstract readonly table: MachineTable<S>;

  constructor(protected readonly host: HandshakeHost) {}

  start(): void {
    this.pump();
  }

  onHandshake(raw: Uint8Array): void {
    this.apply(this.receive(raw));
    this.pump();
  }

  onChangeCipherSpec(_payload: Uint8Array): void {
    throw alert('unexpected_message', 'change_cipher_spec has no row here');
  }

  /** Decodes one message and runs its row. */
  protected abstract receive(raw: Uint8Array): Step<S, Action>;

  /** Runs the send row for `message`: encodes it, adds it to the transcript and queues it. */
  protected abstract send(message: string): SendStep<S, unknown, Action>;

  /** Which message to send from `state`; by default the only one when the state only sends. */
  protected chooseSend(state: S): string | undefined {
    const rows = Object.keys(this.table[state] ?? {});
    if (rows.length !== 1 || !rows[0]?.startsWith('send ')) return undefined;
    return rows[0].slice(5);
  }

  /** Sends from the current state, and on from there, as long as the machine only sends. */
  protected pump(): void {
    for (;;) {
      const message = this.chooseSend(this.state);
      if (message === undefined) return;
      this.runSend(message);
    }
  }

  protected runSend(message: string): void {
    this.apply(this.send(message));
  }

  protected apply(step: Step<S, Action>): void {
    this.state = step.next;
    for (const a of step.out ?? []) {
      switch (a.kind) {
        case 'read_keys':
          this.host.setReadProtection(a.protection);
          break;
        case 'write_keys':
          this.host.setWriteProtection(a.protection);
          break;
        case 'change_cipher_spec':
          this.host.sendChangeCipherSpec();
          break;
        case 'handshake_complete':
          this.host.handshakeComplete();
          break;
        case 'then':
          a.run();
          break;
      }
    }
  }
}
