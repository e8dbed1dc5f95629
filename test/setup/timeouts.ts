// Tests on real infrastructure start processes and wait for a saga across three services.
jest.setTimeout(180_000);
