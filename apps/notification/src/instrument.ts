// Imported first by main.ts: OpenTelemetry must patch http, express and pg before they load.
import { startTelemetry } from '@lib/observability';

startTelemetry();
