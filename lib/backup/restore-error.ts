/** A backup, export or restore refused: the message says why, `problems` lists the details. */
export class RestoreError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = "RestoreError";
  }
}
