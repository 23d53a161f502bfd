// End-to-end tests start processes, brokers and browsers.
jest.setTimeout(180000);
