/**
 * Four projects, runnable alone with --selectProjects:
 *   unit         beside the code (*.spec.ts), no infrastructure
 *   infra        test/infra, the Compose, Prometheus, Grafana, Kubernetes and CI files checked
 *                with their own validators (scripts/install-infra-tools.sh installs them)
 *   integration  test/integration, libs against the real Kafka and PostgreSQL
 *   e2e          test/e2e, the services as OS processes on the real Kafka and PostgreSQL
 */
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  moduleNameMapper: { '^@lib/(.*)$': '<rootDir>/libs/$1/src' },
};

const withInfrastructure = {
  ...shared,
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  setupFilesAfterEnv: ['<rootDir>/test/setup/timeouts.ts'],
  slowTestThreshold: 60,
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/apps', '<rootDir>/libs'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'infra',
      testMatch: ['<rootDir>/test/infra/**/*.infra-spec.ts'],
    },
    {
      ...withInfrastructure,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
    },
    {
      ...withInfrastructure,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
    },
  ],
};
