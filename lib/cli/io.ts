/** What a command-line tool may use of the terminal; each command takes the part it needs (`Pick<CliIo, …>`). */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** whether standard error is a terminal: a progress bar there, plain lines otherwise */
  tty: boolean;
  /** all of standard input, after showing `prompt` on a terminal */
  readStdin: (prompt: string) => Promise<string>;
}
