// An Erlang node that interop tests drive over stdin: one Erlang expression per line, evaluated
// with erl_eval; its value (an iolist) comes back as a `RESULT …` line, a failure as
// `RESULT ERROR …`. Lines an expression prints itself (`io:format("PORT ~w~n", [P])`) are kept
// until a test asks for them by their prefix.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { findPeer } from './peers.js';

const loop = `
Loop = fun Loop() ->
  case io:get_line("") of
    eof -> halt();
    Line ->
      Out = try
          {ok, Toks, _} = erl_scan:string(Line),
          {ok, Exprs} = erl_parse:parse_exprs(Toks),
          {value, V, _} = erl_eval:exprs(Exprs, erl_eval:new_bindings()),
          V
        catch C:R -> io_lib:format("ERROR ~p:~p", [C, R]) end,
      io:format("RESULT ~s~n", [Out]),
      Loop()
  end
end,
Loop().`;

export class ErlRepl {
  private readonly lines: string[] = [];
  private readonly waiting: Array<{ prefix: string; resolve: (rest: string) => void }> = [];

  private constructor(private readonly erl: ChildProcessWithoutNullStreams) {
    createInterface({ input: erl.stdout }).on('line', (line) => {
      const at = this.waiting.findIndex((w) => line.startsWith(w.prefix));
      if (at < 0) this.lines.push(line);
      else {
        const [w] = this.waiting.splice(at, 1);
        w!.resolve(line.slice(w!.prefix.length));
      }
    });
  }

  /** Start `erl` and wait until it evaluates expressions. */
  static async start(): Promise<ErlRepl> {
    const erl = findPeer('erl');
    if (erl === undefined) throw new Error('erl is not installed');
    const repl = new ErlRepl(spawn(erl, ['-noshell', '-eval', loop]));
    repl.evaluate('"ready"');
    const first = await repl.nextLine('RESULT ');
    if (first !== 'ready') throw new Error(`erl did not start: ${first}`);
    return repl;
  }

  /** Send one expression; newlines are joined, since the node reads one line per expression. */
  evaluate(expr: string): void {
    this.erl.stdin.write(`${expr.replace(/\n/g, ' ')}.\n`);
  }

  /** The rest of the next line that starts with `prefix`, whether it came already or comes later. */
  nextLine(prefix: string): Promise<string> {
    const at = this.lines.findIndex((l) => l.startsWith(prefix));
    if (at >= 0) return Promise.resolve(this.lines.splice(at, 1)[0]!.slice(prefix.length));
    return new Promise((resolve) => this.waiting.push({ prefix, resolve }));
  }

  close(): void {
    this.erl.stdin.end();
    this.erl.kill();
  }
}
