import { Logger } from '@nestjs/common';
import { logLevel, type logCreator } from 'kafkajs';

/** Routes kafkajs's own log lines (warnings and errors) to the service logger. */
export const kafkaLogCreator: logCreator = () => {
  const logger = new Logger('Kafka');
  return ({ namespace, level, log }) => {
    const { message, ...details } = log;
    // EventConsumer logs a failed message itself, inside its span (with the trace id).
    if (message === 'Error when calling eachMessage') return;
    const line = `[${namespace}] ${message} ${JSON.stringify(details)}`;
    if (level === logLevel.ERROR) logger.error(line);
    else if (level === logLevel.WARN) logger.warn(line);
    else logger.log(line);
  };
};
