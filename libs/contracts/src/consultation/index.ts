// Integration events of the consultation area: one class per event type and version (see ../loket for the pattern).
export const consultationEvents = [] as const;
