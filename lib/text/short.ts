/** A text cut to `max` characters with an ellipsis: a quote named in a list, a label, a CSV cell. */
export const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
