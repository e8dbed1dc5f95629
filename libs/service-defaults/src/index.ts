export { ProblemDetailsFilter } from './problem-details.filter';
export { runService } from './run-service';
export { ServiceDefaultsModule, type ServiceDefinition } from './service-defaults.module';
export { PeriodicTask } from './periodic-task';
