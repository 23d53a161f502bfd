// Integration events of the review area: one class per event type and version (see ../loket for the pattern).
export const reviewEvents = [] as const;
