// Integration events of the strategy area: one class per event type and version (see ../loket for the pattern).
export const strategyEvents = [] as const;
