/** For z.preprocess: an empty or blank form field means "not given". */
export const blankIsNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);
