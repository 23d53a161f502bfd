// Integration tests talk to real servers: give them room (benchmarks, not timeouts, judge speed).
jest.setTimeout(60000);
